package org.coexist.exercise;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.ValidationEngine;

/** Grades a trainee's design against an exercise's answer key, with the same engine the designer and CLI use. */
public final class Grader {
    private final ValidationEngine engine;

    public Grader(ValidationEngine engine) {
        this.engine = engine;
    }

    public Grade grade(Exercise exercise, Topology work) {
        Topology graded = work;
        if (exercise.phase() != null) {
            Phase phase = work.phase(exercise.phase());
            // A trainee who deleted the graded phase is graded on the whole design rather than not at all.
            graded = phase == null ? work : work.without(phase.hidden());
        }
        List<Finding> findings = engine.validate(graded);
        List<FindingKey> fixed = new ArrayList<>();
        List<FindingKey> stillWrong = new ArrayList<>();
        for (FindingKey key : exercise.mustFix()) {
            (present(key, findings) ? stillWrong : fixed).add(key);
        }
        List<FindingKey> remained = new ArrayList<>();
        List<FindingKey> removed = new ArrayList<>();
        for (FindingKey key : exercise.mustRemain()) {
            (present(key, findings) ? remained : removed).add(key);
        }
        List<Finding> introduced = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.isError() && !known(finding, exercise)) {
                introduced.add(finding);
            }
        }
        return new Grade(fixed, stillWrong, remained, removed, introduced,
                score(fixed.size() + remained.size(), exercise.mustFix().size() + exercise.mustRemain().size(),
                        introduced.size()));
    }

    static int score(int earned, int total, int introduced) {
        if (total == 0) {
            return introduced == 0 ? 100 : 0;
        }
        return (int) Math.max(0, Math.round(100.0 * (earned - introduced) / total));
    }

    private static boolean present(FindingKey key, List<Finding> findings) {
        for (Finding finding : findings) {
            if (key.matches(finding)) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(Finding finding, Exercise exercise) {
        for (FindingKey key : exercise.mustFix()) {
            if (key.matches(finding)) {
                return true;
            }
        }
        for (FindingKey key : exercise.mustRemain()) {
            if (key.matches(finding)) {
                return true;
            }
        }
        return false;
    }
}
