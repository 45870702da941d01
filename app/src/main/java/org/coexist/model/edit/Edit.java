package org.coexist.model.edit;

import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * One primitive change of a topology with its exact inverse. Commands are lists of these, so that undo is
 * mechanical and cannot drift from what execute did.
 */
public sealed interface Edit {

    void apply(Topology topology);

    Edit inverse();

    /** Adds (before null), removes (after null) or replaces an element. */
    record OfElement(Element before, Element after) implements Edit {
        @Override
        public void apply(Topology topology) {
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
            if ("name".equals(property)) {
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
