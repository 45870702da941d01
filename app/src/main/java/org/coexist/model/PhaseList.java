package org.coexist.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The phases of a topology, in their order: a few, found by id in a walk. Each change returns the
 * {@link ModelChange} the topology then tells its listeners.
 */
final class PhaseList {
    private final List<Phase> phases = new ArrayList<>();

    List<Phase> view() {
        return Collections.unmodifiableList(phases);
    }

    int size() {
        return phases.size();
    }

    Phase get(String id) {
        int index = indexOf(id);
        return index < 0 ? null : phases.get(index);
    }

    int indexOf(String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Inserts the phase at the index, kept within the list. */
    ModelChange add(Phase phase, int index) {
        int at = Math.max(0, Math.min(index, phases.size()));
        phases.add(at, phase);
        return new ModelChange.PhaseChange(null, phase, at);
    }

    /** Replaces the phase of the same id; null when it was equal already. */
    ModelChange replace(Phase phase) {
        int index = require(phase.id());
        Phase old = phases.get(index);
        if (old.equals(phase)) {
            return null;
        }
        phases.set(index, phase);
        return new ModelChange.PhaseChange(old, phase, index);
    }

    ModelChange remove(String id) {
        int index = require(id);
        Phase old = phases.remove(index);
        return new ModelChange.PhaseChange(old, null, index);
    }

    private int require(String id) {
        int index = indexOf(id);
        if (index < 0) {
            throw new IllegalArgumentException("no such phase: " + id);
        }
        return index;
    }
}
