package org.coexist.rules;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a topology: which rule, how bad, what it points at (ids of links, elements or forests:
 * the designer highlights exactly these), a message an administrator understands, and the document it rests on.
 * A value: the canvas, the problems panel, the CLI and the tests all read the same ones.
 *
 * @param phase the id of the phase a plan rule's finding is about (the designer marks that phase), or null for a
 *              finding about one state of the design
 */
public record Finding(String rule, Severity severity, List<String> subjects, String message, RuleSource source,
                      String phase) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
    }

    /** A finding about one state of the design. */
    public Finding(String rule, Severity severity, List<String> subjects, String message, RuleSource source) {
        this(rule, severity, subjects, message, source, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean concerns(String id) {
        return subjects.contains(id);
    }

    /** Whether a plan rule found it: it is about the order of the phases, and names one. */
    public boolean isAboutPlan() {
        return phase != null;
    }
}
