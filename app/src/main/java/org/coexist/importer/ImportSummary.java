package org.coexist.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did, line by line: what was mapped to which element, what was kept as properties, what was
 * skipped and why, what was assumed and what the document had cut. Lines are message keys with arguments so that
 * the designer shows them in the user's language ({@link SummaryText}).
 */
public final class ImportSummary {
    /** The kind of a line. */
    public enum Category { MAPPED, KEPT, SKIPPED, ASSUMED, CUT }

    /**
     * One line: a key of the {@code ImportMessages} bundle and its arguments (strings, element types, versions,
     * link kinds; the renderer turns the last three into labels).
     */
    public record Line(Category category, String key, List<Object> args) {
        public Line {
            args = List.copyOf(args);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    void add(Category category, String key, Object... args) {
        lines.add(new Line(category, key, List.of(args)));
    }

    void addAll(ImportSummary other) {
        lines.addAll(other.lines);
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Line> lines(Category category) {
        return lines.stream().filter(line -> line.category() == category).toList();
    }

    public long count(Category category) {
        return lines.stream().filter(line -> line.category() == category).count();
    }
}
