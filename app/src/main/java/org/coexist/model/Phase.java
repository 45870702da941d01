package org.coexist.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a migration path. Validation of a phase ignores the ids it hides and the links that touch them.
 *
 * @param hidden ids of elements (and links) not deployed yet or already decommissioned in this phase
 */
public record Phase(String id, String name, String notes, List<String> hidden, Map<String, Object> extra) {

    public Phase {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        extra = Properties.frozen(extra);
    }

    public Phase(String id, String name, String notes, List<String> hidden) {
        this(id, name, notes, hidden, Map.of());
    }

    public Phase withName(String newName) {
        return new Phase(id, newName, notes, hidden, extra);
    }

    public Phase withNotes(String newNotes) {
        return new Phase(id, name, newNotes, hidden, extra);
    }

    public Phase withHidden(List<String> newHidden) {
        return new Phase(id, name, notes, newHidden, extra);
    }
}
