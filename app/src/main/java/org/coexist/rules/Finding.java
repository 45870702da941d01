package org.coexist.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One thing wrong with a topology: which rule, how bad, what it points at (ids of links, elements or forests:
 * the designer highlights exactly these), a message an administrator understands, and the document it rests on.
 * A value: the canvas, the problems panel, the CLI and the tests all read the same ones, and two findings are
 * equal when all six parts are.
 *
 * <p>The engine's findings put their message in words only when it is first read: a full validation finds
 * thousands of things, and most of them are counted, compared or highlighted, not read. What the message says is
 * settled when the finding is made (its template and immutable arguments), so reading it later gives the same line.
 */
public final class Finding {
    private final String rule;
    private final Severity severity;
    private final List<String> subjects;
    private final RuleSource source;
    private final String phase;
    /** Renders the message (gives it back, when it was given). */
    private final Supplier<String> rendering;
    private volatile String message;

    /**
     * @param phase the id of the phase a plan rule's finding is about (the designer marks that phase), or null for
     *              a finding about one state of the design
     */
    public Finding(String rule, Severity severity, List<String> subjects, String message, RuleSource source,
                   String phase) {
        this(rule, severity, subjects, source, phase, () -> message);
        this.message = Objects.requireNonNull(message, "message");
    }

    /** A finding about one state of the design. */
    public Finding(String rule, Severity severity, List<String> subjects, String message, RuleSource source) {
        this(rule, severity, subjects, message, source, null);
    }

    /** A finding whose message is rendered when first read (the engine's). */
    Finding(String rule, Severity severity, List<String> subjects, RuleSource source, String phase,
            Supplier<String> rendering) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.subjects = List.copyOf(subjects);
        this.source = Objects.requireNonNull(source, "source");
        this.phase = phase;
        this.rendering = rendering;
    }

    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public List<String> subjects() {
        return subjects;
    }

    public String message() {
        String text = message;
        if (text == null) {
            // Rendering twice on two threads at once gives the same line: no lock needed.
            text = Objects.requireNonNull(rendering.get(), "message");
            message = text;
        }
        return text;
    }

    public RuleSource source() {
        return source;
    }

    public String phase() {
        return phase;
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Finding f && rule.equals(f.rule) && severity == f.severity
                && subjects.equals(f.subjects) && source.equals(f.source) && Objects.equals(phase, f.phase)
                && message().equals(f.message());
    }

    /** Leaves the message out (equal findings still hash alike), so that hashing one renders nothing. */
    @Override
    public int hashCode() {
        int hash = rule.hashCode();
        hash = 31 * hash + severity.hashCode();
        hash = 31 * hash + subjects.hashCode();
        hash = 31 * hash + source.hashCode();
        return 31 * hash + Objects.hashCode(phase);
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", severity=" + severity + ", subjects=" + subjects + ", message="
                + message() + ", source=" + source + ", phase=" + phase + "]";
    }
}
