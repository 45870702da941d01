package org.coexist.rules.checkers;

import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostKeys;
import org.coexist.rules.spi.LinkChecker;

/**
 * Rule 46: a side-by-side migration between communications elements on one computer, where the method needs new
 * server platforms; a link from an element to itself is no migration between two. A link rule that reads the
 * ends' hosts, so that an edit of a host re-checks the element's migrations only, not every element on the
 * computers. Arguments: {0} the source, {1} the target, {2} the host.
 */
final class MigrationOnTheSameComputer implements LinkChecker {

    @Override
    public Set<LinkKind> kinds() {
        return Set.of(LinkKind.MIGRATES_TO);
    }

    @Override
    public boolean readsHosts() {
        return true;
    }

    @Override
    public void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        if (!from.id().equals(to.id()) && from.family() == Family.COMMUNICATIONS
                && to.family() == Family.COMMUNICATIONS && HostKeys.sameComputer(from, to)) {
            sink.report(List.of(link.id()), from, to, from.host());
        }
    }
}
