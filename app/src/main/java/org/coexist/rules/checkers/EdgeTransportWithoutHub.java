package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/**
 * Rule 54 (inferred): an Exchange 2007 or 2010 Edge Transport server that routes to or from no Hub Transport
 * server: the EdgeSync service that keeps its subscription runs on a Hub. Arguments: {0} the Edge Transport server.
 */
final class EdgeTransportWithoutHub implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return EnumSet.of(ElementType.EDGE_TRANSPORT_SERVER);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        if (element.version() != ProductVersion.EXCHANGE_2007 && element.version() != ProductVersion.EXCHANGE_2010) {
            return;
        }
        for (Link link : topology.linksOf(element.id())) {
            if (link.kind() == LinkKind.ROUTES_TO
                    && topology.element(link.otherEnd(element.id())).type() == ElementType.HUB_TRANSPORT_SERVER) {
                return;
            }
        }
        sink.report(List.of(element.id()), element);
    }
}
