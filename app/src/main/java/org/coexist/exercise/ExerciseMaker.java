package org.coexist.exercise;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.ValidationEngine;

/**
 * Turns a design into an exercise: what the design's findings are now becomes the key, errors to be fixed and
 * warnings to remain, unless the trainer chooses otherwise.
 */
public final class ExerciseMaker {
    private final ValidationEngine engine;

    public ExerciseMaker(ValidationEngine engine) {
        this.engine = engine;
    }

    /** The findings a trainer chooses from, of the phase given (null: the whole design). */
    public List<Finding> findings(Topology design, String phaseId) {
        Phase phase = phaseId == null ? null : design.phase(phaseId);
        return engine.validate(phase == null ? design : design.without(phase.hidden()));
    }

    /** The default key: every error must be fixed, every warning must remain. */
    public Exercise make(Topology design, String phaseId, String instructions) {
        List<FindingKey> mustFix = new ArrayList<>();
        List<FindingKey> mustRemain = new ArrayList<>();
        for (Finding finding : findings(design, phaseId)) {
            (finding.isError() ? mustFix : mustRemain).add(FindingKey.of(finding));
        }
        return new Exercise(instructions, phaseId, mustFix, mustRemain);
    }
}
