package org.coexist.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coexist.rules.Finding;

/**
 * A phase's answer key as the trainer wrote it: free text, one line per mistake, each naming the rule it is about
 * ("… too old (lync2013-backend-sql-version)"). When a finding is revealed to the room, the line that names its
 * rule gives the trainer's words for it; where several lines name one rule, the line that also names one of the
 * finding's subjects wins.
 */
public final class AnswerKey {
    private final String text;
    private final List<String> lines = new ArrayList<>();

    public AnswerKey(String text) {
        this.text = text == null ? "" : text.strip();
        for (String line : this.text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * The key's words about the finding, or empty when no line names its rule.
     *
     * @param nameOf the name of a subject id (an element's or forest's name), or null when it has none
     */
    public Optional<String> wordsFor(Finding finding, Function<String, String> nameOf) {
        Pattern rule = Pattern.compile("(?<![\\w-])" + Pattern.quote(finding.rule()) + "(?![\\w-])");
        String first = null;
        for (String line : lines) {
            if (!rule.matcher(line).find()) {
                continue;
            }
            if (first == null) {
                first = line;
            }
            for (String subject : finding.subjects()) {
                String name = nameOf.apply(subject);
                if (line.contains(subject) || (name != null && !name.isBlank() && line.contains(name))) {
                    return Optional.of(line);
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
