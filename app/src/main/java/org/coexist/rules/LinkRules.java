package org.coexist.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.rules.data.DataRule;
import org.coexist.rules.spi.LinkChecker;

/**
 * The link rules of one scope, sorted by what a link can meet: per kind of link and versions of its two ends, the
 * rules that can fire on it. Rules written in code are there for every link of their kinds; a data rule only
 * where one of its matchers accepts the two versions, so that a link is not held against the dozens of data rules
 * about other versions. A full validation checks every link, and this is most of its work.
 */
final class LinkRules {
    private static final int VERSIONS = ProductVersion.values().length;
    private final CompiledRule[][] rules;
    /** The checkers of those arrays, index for index, so that the hot loop does no casts. */
    private final LinkChecker[][] checkers;

    LinkRules(CompiledRule[] scopeRules) {
        int slots = LinkKind.values().length * VERSIONS * VERSIONS;
        rules = new CompiledRule[slots][];
        checkers = new LinkChecker[slots][];
        // Most slots hold the same few lists: they share one array each.
        Map<List<CompiledRule>, CompiledRule[]> shared = new HashMap<>();
        Map<List<CompiledRule>, LinkChecker[]> sharedCheckers = new HashMap<>();
        for (LinkKind kind : LinkKind.values()) {
            for (ProductVersion from : ProductVersion.values()) {
                for (ProductVersion to : ProductVersion.values()) {
                    List<CompiledRule> fitting = new ArrayList<>();
                    for (CompiledRule rule : scopeRules) {
                        if (fits(rule, kind, from, to)) {
                            fitting.add(rule);
                        }
                    }
                    int slot = slot(kind, from, to);
                    rules[slot] = shared.computeIfAbsent(fitting, f -> f.toArray(new CompiledRule[0]));
                    checkers[slot] = sharedCheckers.computeIfAbsent(fitting,
                            f -> f.stream().map(CompiledRule::linkChecker).toArray(LinkChecker[]::new));
                }
            }
        }
    }

    private static boolean fits(CompiledRule rule, LinkKind kind, ProductVersion from, ProductVersion to) {
        LinkChecker checker = rule.linkChecker();
        if (!checker.kinds().contains(kind)) {
            return false;
        }
        return !(checker instanceof DataRule data) || data.mayMatch(kind, from, to);
    }

    private static int slot(LinkKind kind, ProductVersion from, ProductVersion to) {
        return (kind.ordinal() * VERSIONS + from.ordinal()) * VERSIONS + to.ordinal();
    }

    CompiledRule[] rules(LinkKind kind, ProductVersion from, ProductVersion to) {
        return rules[slot(kind, from, to)];
    }

    LinkChecker[] checkers(LinkKind kind, ProductVersion from, ProductVersion to) {
        return checkers[slot(kind, from, to)];
    }
}
