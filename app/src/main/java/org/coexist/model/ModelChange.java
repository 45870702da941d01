package org.coexist.model;

/**
 * What one primitive edit did to a topology. Each carries the value before and after: before is null for an
 * addition, after is null for a removal. Observers (the validation engine, the canvas) work from these alone.
 */
public sealed interface ModelChange {

    Object before();

    Object after();

    default boolean isAddition() {
        return before() == null;
    }

    default boolean isRemoval() {
        return after() == null;
    }

    record ElementChange(Element before, Element after) implements ModelChange {
        public Element current() {
            return after != null ? after : before;
        }
    }

    record LinkChange(Link before, Link after) implements ModelChange {
        public Link current() {
            return after != null ? after : before;
        }
    }

    record ForestChange(Forest before, Forest after) implements ModelChange {
        public Forest current() {
            return after != null ? after : before;
        }
    }

    /** A phase added, removed, or changed; index is its place in the phase list (after the change). */
    record PhaseChange(Phase before, Phase after, int index) implements ModelChange {
    }

    /** The topology's own name or description. */
    record DocumentChange(String property, String before, String after) implements ModelChange {
    }
}
