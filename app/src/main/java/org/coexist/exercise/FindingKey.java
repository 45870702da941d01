package org.coexist.exercise;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.coexist.rules.Finding;

/**
 * What identifies a finding across two versions of a design: its rule and the ids it points at, in any order.
 * Messages are not compared: they change with the language and with names the trainee may edit.
 */
public record FindingKey(String rule, Set<String> subjects) {

    public FindingKey {
        Objects.requireNonNull(rule, "rule");
        subjects = Set.copyOf(new TreeSet<>(subjects));
    }

    public static FindingKey of(Finding finding) {
        return new FindingKey(finding.rule(), Set.copyOf(finding.subjects()));
    }

    /** The subjects in a stable order, as the exercise file lists them. */
    public List<String> sortedSubjects() {
        return List.copyOf(new TreeSet<>(subjects));
    }

    public boolean matches(Finding finding) {
        return rule.equals(finding.rule()) && subjects.equals(Set.copyOf(finding.subjects()));
    }
}
