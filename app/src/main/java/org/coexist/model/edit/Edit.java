package org.coexist.model.edit;

import java.util.Objects;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.ModelChange;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * One primitive change of a topology with its exact inverse. Commands are lists of these, so that undo is
 * mechanical and cannot drift from what execute did. An edit applies only to the state it was made from: one
 * whose record has changed meanwhile is refused, rather than overwriting what it never saw and making its inverse
 * restore something else.
 */
public sealed interface Edit {

    /** Applies the edit; refuses, changing nothing, when the topology is not in the state it expects. */
    void apply(Topology topology);

    Edit inverse();

    /** The edit that made the change: its inverse takes the change back. */
    static Edit of(ModelChange change) {
        if (change instanceof ModelChange.ElementChange c) {
            return new OfElement(c.before(), c.after());
        }
        if (change instanceof ModelChange.LinkChange c) {
            return new OfLink(c.before(), c.after());
        }
        if (change instanceof ModelChange.ForestChange c) {
            return new OfForest(c.before(), c.after());
        }
        if (change instanceof ModelChange.PhaseChange c) {
            return new OfPhase(c.before(), c.after(), c.index());
        }
        ModelChange.DocumentChange c = (ModelChange.DocumentChange) change;
        return new OfDocument(c.property(), c.before(), c.after());
    }

    /** Refuses an edit whose record is no longer as it was when the edit was made (null before: an addition). */
    private static void expect(Object before, Object current, String what) {
        if (before != null) {
            expectExactly(before, current, what);
        }
    }

    private static void expectExactly(Object before, Object current, String what) {
        if (!Objects.equals(before, current)) {
            throw new IllegalStateException(what + " has changed since the edit was made; expected " + before
                    + ", found " + current);
        }
    }

    /** Adds (before null), removes (after null) or replaces an element. */
    record OfElement(Element before, Element after) implements Edit {
        @Override
        public void apply(Topology topology) {
            expect(before, before == null ? null : topology.element(before.id()), "element");
            if (before == null) {
                topology.addElement(after);
            } else if (after == null) {
                topology.removeElement(before.id());
            } else {
                topology.replaceElement(after);
            }
        }

        @Override
        public Edit inverse() {
            return new OfElement(after, before);
        }
    }

    record OfLink(Link before, Link after) implements Edit {
        @Override
        public void apply(Topology topology) {
            expect(before, before == null ? null : topology.link(before.id()), "link");
            if (before == null) {
                topology.addLink(after);
            } else if (after == null) {
                topology.removeLink(before.id());
            } else {
                topology.replaceLink(after);
            }
        }

        @Override
        public Edit inverse() {
            return new OfLink(after, before);
        }
    }

    record OfForest(Forest before, Forest after) implements Edit {
        @Override
        public void apply(Topology topology) {
            expect(before, before == null ? null : topology.forest(before.id()), "forest");
            if (before == null) {
                topology.addForest(after);
            } else if (after == null) {
                topology.removeForest(before.id());
            } else {
                topology.replaceForest(after);
            }
        }

        @Override
        public Edit inverse() {
            return new OfForest(after, before);
        }
    }

    /** Adds a phase at an index, removes it from there, or replaces it in place. */
    record OfPhase(Phase before, Phase after, int index) implements Edit {
        @Override
        public void apply(Topology topology) {
            expect(before, before == null ? null : topology.phase(before.id()), "phase");
            if (before == null) {
                topology.addPhase(after, index);
            } else if (after == null) {
                topology.removePhase(before.id());
            } else {
                topology.replacePhase(after);
            }
        }

        @Override
        public Edit inverse() {
            return new OfPhase(after, before, index);
        }
    }

    /** The topology's name or description. */
    record OfDocument(String property, String before, String after) implements Edit {
        @Override
        public void apply(Topology topology) {
            boolean isName = "name".equals(property);
            expectExactly(before, isName ? topology.name() : topology.description(), "the topology's " + property);
            if (isName) {
                topology.setName(after);
            } else {
                topology.setDescription(after);
            }
        }

        @Override
        public Edit inverse() {
            return new OfDocument(property, after, before);
        }
    }
}
