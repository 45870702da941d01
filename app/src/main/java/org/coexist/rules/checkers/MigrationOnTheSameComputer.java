package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.HostKeys;

/**
 * Rule 46: a side-by-side migration between communications elements on one computer, where the method needs new
 * server platforms; a link from an element to itself is no migration between two. A host scope, not a link rule:
 * an edit of a host alone re-checks the computers only. Arguments: {0} the source, {1} the target, {2} the host. Subject: the MIGRATES_TO link.
 */
final class MigrationOnTheSameComputer implements HostChecker {

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        for (Element source : onHost) {
            if (source.family() != Family.COMMUNICATIONS) {
                continue;
            }
            for (Link link : topology.outgoing(source.id(), LinkKind.MIGRATES_TO)) {
                Element target = topology.element(link.to());
                if (!target.id().equals(source.id()) && target.family() == Family.COMMUNICATIONS
                        && onHost.contains(target) && HostKeys.sameComputer(source, target)) {
                    sink.report(List.of(link.id()), source, target, source.host());
                }
            }
        }
    }
}
