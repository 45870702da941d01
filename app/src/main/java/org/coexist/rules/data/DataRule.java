package org.coexist.rules.data;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.InPlaceUpgrades;
import org.coexist.rules.spi.LinkChecker;

/**
 * A rule that is data: it fires on a link that some matcher accepts and no silencing matcher accepts: those of
 * its exemptions ({@code unless}: rule 4 does not fire on Lync Server 2013 tools managing Lync Server 2010) and of
 * the rules it yields to (rule 4 yields to rule 3, which says the same more precisely). A rule that skips in-place
 * upgrade pairs also stays silent on a link whose ends an UPGRADES_IN_PLACE link joins; its verdict then depends
 * on the ends' other links, so it is re-checked two hops around an edit. Message arguments: {0} the source
 * element, {1} the target element, {2} the link kind.
 */
public final class DataRule implements LinkChecker {
    private final List<LinkMatcher> matchers;
    private final List<LinkMatcher> silencing;
    private final boolean skipsInPlaceUpgradePairs;
    private final Set<LinkKind> kinds;

    /** @param silencing the exemptions and the matchers of the rules yielded to */
    public DataRule(List<LinkMatcher> matchers, List<LinkMatcher> silencing, boolean skipsInPlaceUpgradePairs) {
        this.matchers = List.copyOf(matchers);
        this.silencing = List.copyOf(silencing);
        this.skipsInPlaceUpgradePairs = skipsInPlaceUpgradePairs;
        EnumSet<LinkKind> all = EnumSet.noneOf(LinkKind.class);
        matchers.forEach(m -> all.addAll(m.kinds()));
        this.kinds = Set.copyOf(all);
    }

    public List<LinkMatcher> matchers() {
        return matchers;
    }

    @Override
    public Set<LinkKind> kinds() {
        return kinds;
    }

    /**
     * Whether the rule may fire on a link of that kind between elements of these versions: the engine asks once
     * per kind and pair of versions, so that a link meets only the data rules that can fire on it.
     */
    public boolean mayMatch(LinkKind kind, ProductVersion from, ProductVersion to) {
        for (LinkMatcher matcher : matchers) {
            if (matcher.mayMatch(kind, from, to)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        if (anyMatches(matchers, link.kind(), from, to) && !anyMatches(silencing, link.kind(), from, to)
                && !(skipsInPlaceUpgradePairs && InPlaceUpgrades.joined(from, to, topology))) {
            sink.report(List.of(link.id()), from, to, link.kind());
        }
    }

    private static boolean anyMatches(List<LinkMatcher> candidates, LinkKind kind, Element from, Element to) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).matches(kind, from, to)) {
                return true;
            }
        }
        return false;
    }
}
