package org.coexist.rules.data;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.LinkChecker;

/**
 * A rule that is data: it fires on a link that some matcher accepts and no matcher of the rules it yields to
 * accepts (rule 4 yields to rule 3, which says the same more precisely). Message arguments: {0} the source
 * element, {1} the target element, {2} the link kind.
 */
public final class DataRule implements LinkChecker {
    private final List<LinkMatcher> matchers;
    private final List<LinkMatcher> yieldsTo;
    private final Set<LinkKind> kinds;

    public DataRule(List<LinkMatcher> matchers, List<LinkMatcher> yieldsTo) {
        this.matchers = List.copyOf(matchers);
        this.yieldsTo = List.copyOf(yieldsTo);
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

    @Override
    public void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        if (anyMatches(matchers, link.kind(), from, to) && !anyMatches(yieldsTo, link.kind(), from, to)) {
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
