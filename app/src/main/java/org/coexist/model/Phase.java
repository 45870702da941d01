package org.coexist.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a migration path. Validation of a phase ignores the ids it hides and the links that touch them.
 *
 * @param notes  what the room reads in this phase
 * @param hidden ids of elements (and links) not deployed yet or already decommissioned in this phase
 * @param extra  fields of the file this build does not model, written back as they were; the trainer's answer key
 *               ({@value #ANSWER_KEY}) lives here, so readers older than it keep it as an unknown field
 */
public record Phase(String id, String name, String notes, List<String> hidden, Map<String, Object> extra) {
    /** The file's field for the trainer's answer key. */
    public static final String ANSWER_KEY = "answerKey";

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

    /** What the trainer says when the findings of this phase are revealed; empty when there is none. */
    public String answerKey() {
        String key = Properties.string(extra, ANSWER_KEY);
        return key == null ? "" : key;
    }

    public Phase withAnswerKey(String newAnswerKey) {
        String value = newAnswerKey == null || newAnswerKey.isBlank() ? null : newAnswerKey;
        return new Phase(id, name, notes, hidden, Properties.with(extra, ANSWER_KEY, value));
    }
}
