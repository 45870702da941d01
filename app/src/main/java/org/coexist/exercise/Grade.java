package org.coexist.exercise;

import java.util.List;
import org.coexist.rules.Finding;

/**
 * How a trainee's design answers an exercise.
 *
 * @param fixed      findings of the key's mustFix that are gone
 * @param stillWrong findings of the key's mustFix that are still there
 * @param remained   findings of the key's mustRemain that are still there, as they should be
 * @param removed    findings of the key's mustRemain that are gone (what they concerned was taken away)
 * @param introduced errors the key does not know: problems the trainee made
 * @param score      0 to 100: the share of the key answered, less one key item's worth per introduced error
 */
public record Grade(List<FindingKey> fixed, List<FindingKey> stillWrong, List<FindingKey> remained,
                    List<FindingKey> removed, List<Finding> introduced, int score) {

    public Grade {
        fixed = List.copyOf(fixed);
        stillWrong = List.copyOf(stillWrong);
        remained = List.copyOf(remained);
        removed = List.copyOf(removed);
        introduced = List.copyOf(introduced);
    }

    /** How many items the answer key has. */
    public int keyItems() {
        return fixed.size() + stillWrong.size() + remained.size() + removed.size();
    }
}
