package org.coexist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * When an element is deployed and when it is decommissioned, read from and written to the phases' hidden lists.
 * It is visible in the phases {@code introduced} (inclusive) to {@code retired} (exclusive), indexes into the
 * phase list: introduced 0 means there from the start, retired equal to the number of phases means never
 * retired. Hidden lists written by hand need not form one such interval: then the lifecycle is custom and the
 * lists are left as they are until the user sets one.
 */
public record Lifecycle(int introduced, int retired, boolean custom) {

    /** The lifecycle of the id in these phases. An id hidden in every phase is custom: no interval says so. */
    public static Lifecycle of(List<Phase> phases, String id) {
        int first = -1;
        int last = -1;
        int visible = 0;
        for (int i = 0; i < phases.size(); i++) {
            if (!phases.get(i).hidden().contains(id)) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                visible++;
            }
        }
        if (first < 0) {
            return new Lifecycle(0, phases.size(), !phases.isEmpty());
        }
        boolean interval = visible == last - first + 1;
        return new Lifecycle(first, last + 1, !interval);
    }

    /** Whether the id is visible in the phase at this index under this (interval) lifecycle. */
    public boolean visibleIn(int phaseIndex) {
        return phaseIndex >= introduced && phaseIndex < retired;
    }

    /**
     * The phases with the id hidden exactly outside this interval. Phases that need no change are returned as
     * they are (the same record), so callers can tell which changed.
     */
    public List<Phase> applyTo(List<Phase> phases, String id) {
        List<Phase> result = new ArrayList<>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            boolean hide = !visibleIn(i);
            boolean hidden = phase.hidden().contains(id);
            if (hide == hidden) {
                result.add(phase);
            } else {
                List<String> ids = new ArrayList<>(phase.hidden());
                if (hide) {
                    ids.add(id);
                } else {
                    ids.remove(id);
                }
                result.add(phase.withHidden(ids));
            }
        }
        return result;
    }
}
