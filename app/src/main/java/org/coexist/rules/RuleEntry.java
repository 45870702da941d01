package org.coexist.rules;

import java.util.List;
import org.coexist.rules.data.LinkMatcher;

/**
 * One entry of the rule catalog as read from rules.json.
 *
 * @param form     "structural", "data" or "checker"
 * @param inferred our reading rather than an explicit sentence (always a warning)
 * @param matchers the link matchers of a data rule (empty otherwise)
 * @param yieldsTo ids of data rules that take precedence: where one of them matches, this one stays silent
 * @param unless   the exemptions of a data rule: links its documents say are fine, though a matcher accepts them
 * @param skipsInPlaceUpgradePairs a data rule comparing two elements stays silent on a pair that an
 *                 UPGRADES_IN_PLACE link joins (one deployment drawn twice)
 */
public record RuleEntry(String id, int number, Severity severity, String form, RuleSource source, boolean inferred,
                        List<LinkMatcher> matchers, List<String> yieldsTo, List<LinkMatcher> unless,
                        boolean skipsInPlaceUpgradePairs) {

    public static final String STRUCTURAL = "structural";
    public static final String DATA = "data";
    public static final String CHECKER = "checker";

    public RuleEntry {
        matchers = List.copyOf(matchers);
        yieldsTo = List.copyOf(yieldsTo);
        unless = List.copyOf(unless);
    }

    /** An entry without exemptions that does not look at in-place upgrades. */
    public RuleEntry(String id, int number, Severity severity, String form, RuleSource source, boolean inferred,
                     List<LinkMatcher> matchers, List<String> yieldsTo) {
        this(id, number, severity, form, source, inferred, matchers, yieldsTo, List.of(), false);
    }
}
