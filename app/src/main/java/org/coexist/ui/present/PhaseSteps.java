package org.coexist.ui.present;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * The slides of a presentation: the topology's phases in order, or the whole design (null) alone when it has
 * none. The whole design is not a slide of a phased topology: a migration is told phase by phase. Stepping stops
 * at either end rather than wrapping, so a clicker pressed once too often keeps the last phase on screen.
 */
final class PhaseSteps {
    private final List<String> steps;
    private int index;

    PhaseSteps(Topology topology) {
        List<String> ids = new ArrayList<>();
        for (Phase phase : topology.phases()) {
            ids.add(phase.id());
        }
        if (ids.isEmpty()) {
            ids.add(null);
        }
        steps = Collections.unmodifiableList(ids);
    }

    /** The id of the phase shown, or null for the whole design. */
    String current() {
        return steps.get(index);
    }

    /** The id of the step after the one shown, or null at the last. */
    String peekNext() {
        return index + 1 < steps.size() ? steps.get(index + 1) : null;
    }

    /** Zero-based. */
    int index() {
        return index;
    }

    int size() {
        return steps.size();
    }

    /** True when there was a next step to go to. */
    boolean next() {
        if (index + 1 < steps.size()) {
            index++;
            return true;
        }
        return false;
    }

    boolean previous() {
        if (index > 0) {
            index--;
            return true;
        }
        return false;
    }
}
