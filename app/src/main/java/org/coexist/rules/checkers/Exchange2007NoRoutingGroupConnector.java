package org.coexist.rules.checkers;

import java.util.EnumSet;
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
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 53 (inferred): a forest with Exchange 2000/2003 servers and an Exchange 2007 Hub Transport server, and no
 * ROUTES_TO link between any of them: no routing group connector carries mail between the versions. The verdict
 * depends on links, so live validation re-checks the forests at the ends of a changed route. Arguments: {0} forest.
 */
final class Exchange2007NoRoutingGroupConnector implements ForestChecker {
    private static final Set<ProductVersion> LEGACY =
            EnumSet.of(ProductVersion.EXCHANGE_2000, ProductVersion.EXCHANGE_2003);

    @Override
    public Set<LinkKind> linkKinds() {
        return Set.of(LinkKind.ROUTES_TO);
    }

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return (type == ElementType.HUB_TRANSPORT_SERVER && version == ProductVersion.EXCHANGE_2007)
                || (type == ElementType.EXCHANGE_SERVER && LEGACY.contains(version));
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> hubs = InPlaceUpgrades.counted(topology, forest.id(), ProductVersion.EXCHANGE_2007,
                ElementType.HUB_TRANSPORT_SERVER);
        if (hubs.isEmpty()) {
            return;
        }
        Set<String> legacy = new HashSet<>();
        for (Element server : InPlaceUpgrades.counted(topology, forest.id(), LEGACY)) {
            if (server.type() == ElementType.EXCHANGE_SERVER) {
                legacy.add(server.id());
            }
        }
        if (legacy.isEmpty()) {
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
}
