package org.coexist.model.edit;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Lifecycle;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * Builds the named commands that change the phases of a migration: add, delete, rename, notes, answer key,
 * reorder, and an element's lifecycle (the phases it is deployed in). Like {@link Edits}, each method only reads the topology.
 */
public final class PhaseEdits {
    private final EditNames names;

    public PhaseEdits(EditNames names) {
        this.names = names;
    }

    /**
     * A new phase at the index. It starts as a copy of the state before it (the previous phase's hidden list;
     * for a first phase, the next one's), so inserting a step does not deploy or retire anything by itself.
     */
    public EditCommand add(Topology topology, String name, int index) {
        List<Phase> phases = topology.phases();
        int at = Math.max(0, Math.min(index, phases.size()));
        List<String> hidden = List.of();
        if (at > 0) {
            hidden = phases.get(at - 1).hidden();
        } else if (!phases.isEmpty()) {
            hidden = phases.get(0).hidden();
        }
        Phase phase = new Phase(topology.newId("ph"), name, "", hidden);
        return new EditCommand(names.format("edit.addPhase", name), List.of(new Edit.OfPhase(null, phase, at)));
    }

    public EditCommand remove(Topology topology, String phaseId) {
        Phase phase = require(topology, phaseId);
        return new EditCommand(names.format("edit.removePhase", phase.name()),
                List.of(new Edit.OfPhase(phase, null, topology.phaseIndex(phaseId))));
    }

    public EditCommand rename(Topology topology, String phaseId, String newName) {
        Phase phase = require(topology, phaseId);
        if (phase.name().equals(newName)) {
            return new EditCommand(names.format("edit.renamePhase", phase.name()), List.of());
        }
        return new EditCommand(names.format("edit.renamePhase", phase.name()),
                List.of(new Edit.OfPhase(phase, phase.withName(newName), topology.phaseIndex(phaseId))));
    }

    public EditCommand setNotes(Topology topology, String phaseId, String notes) {
        Phase phase = require(topology, phaseId);
        if (phase.notes().equals(notes == null ? "" : notes)) {
            return new EditCommand(names.format("edit.phaseNotes", phase.name()), List.of());
        }
        return new EditCommand(names.format("edit.phaseNotes", phase.name()),
                List.of(new Edit.OfPhase(phase, phase.withNotes(notes), topology.phaseIndex(phaseId))));
    }

    /** The trainer's answer key of the phase (blank: none); empty when it says that already. */
    public EditCommand setAnswerKey(Topology topology, String phaseId, String answerKey) {
        Phase phase = require(topology, phaseId);
        String name = names.format("edit.phaseAnswerKey", phase.name());
        Phase changed = phase.withAnswerKey(answerKey);
        if (changed.equals(phase)) {
            return new EditCommand(name, List.of());
        }
        return new EditCommand(name, List.of(new Edit.OfPhase(phase, changed, topology.phaseIndex(phaseId))));
    }

    /** Moves the phase to the index (in the list as it is after the move); empty when it is there already. */
    public EditCommand move(Topology topology, String phaseId, int newIndex) {
        Phase phase = require(topology, phaseId);
        int from = topology.phaseIndex(phaseId);
        int to = Math.max(0, Math.min(newIndex, topology.phases().size() - 1));
        String name = names.format("edit.movePhase", phase.name());
        if (from == to) {
            return new EditCommand(name, List.of());
        }
        return new EditCommand(name, List.of(new Edit.OfPhase(phase, null, from), new Edit.OfPhase(null, phase, to)));
    }

    /**
     * Deploys the element in phase {@code introduced} and decommissions it in phase {@code retired} (indexes; 0
     * and the number of phases for "from the start" and "never"): rewrites the hidden lists of every phase for
     * that element, as one command. Links need no lifecycle: a link is hidden wherever one of its ends is.
     */
    public EditCommand setLifecycle(Topology topology, String elementId, int introduced, int retired) {
        Element element = topology.element(elementId);
        String name = names.format("edit.lifecycle", element == null ? elementId : element.name());
        List<Phase> before = topology.phases();
        List<Phase> after = new Lifecycle(introduced, retired, false).applyTo(before, elementId);
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i) != after.get(i)) {
                edits.add(new Edit.OfPhase(before.get(i), after.get(i), i));
            }
        }
        return new EditCommand(name, edits);
    }

    private static Phase require(Topology topology, String phaseId) {
        Phase phase = topology.phase(phaseId);
        if (phase == null) {
            throw new IllegalArgumentException("no such phase: " + phaseId);
        }
        return phase;
    }
}
