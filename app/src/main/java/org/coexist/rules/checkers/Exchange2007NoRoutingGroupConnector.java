package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 53 (inferred): a forest with Exchange 2000/2003 servers and an Exchange 2007 Hub Transport server, and no
 * ROUTES_TO link between any of them: no routing group connector carries mail between the versions. The verdict
 * depends on links, so live validation re-checks the forests at the ends of a changed route. Arguments: {0} forest.
 */
final class Exchange2007NoRoutingGroupConnector implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> hubs = new ArrayList<>(2);
        List<Element> legacyServers = new ArrayList<>(2);
        for (Element element : elements) {
            if (element.type() == ElementType.HUB_TRANSPORT_SERVER
                    && element.version() == ProductVersion.EXCHANGE_2007) {
                hubs.add(element);
            } else if (isLegacyServer(element)) {
                legacyServers.add(element);
            }
        }
        if (hubs.isEmpty() || legacyServers.isEmpty()) {
            return;
        }
        hubs.removeIf(hub -> !Coexisting.counts(hub, topology));
        Set<String> legacy = new HashSet<>();
        for (Element server : legacyServers) {
            if (Coexisting.counts(server, topology)) {
                legacy.add(server.id());
            }
        }
        if (hubs.isEmpty() || legacy.isEmpty()) {
            return;
        }
        for (Element hub : hubs) {
            for (Link link : topology.linksOf(hub.id())) {
                if (link.kind() == LinkKind.ROUTES_TO && legacy.contains(link.otherEnd(hub.id()))) {
                    return;
                }
            }
        }
        sink.report(List.of(forest.id()), forest);
    }

    private static boolean isLegacyServer(Element element) {
        return element.type() == ElementType.EXCHANGE_SERVER && (element.version() == ProductVersion.EXCHANGE_2000
                || element.version() == ProductVersion.EXCHANGE_2003);
    }
}
