package org.coexist.rules.checkers;

import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.LinkChecker;

/**
 * Rule 6: QoE reports to an OCS 2007 Monitoring Server from an OCS 2007 R2 Mediation Server, or from a client
 * homed on an OCS 2007 R2 pool (which is why the rule looks two hops away). Arguments: {0} reporter, {1}
 * monitoring server.
 */
final class R2QoeToOcs2007Monitoring implements LinkChecker {

    @Override
    public Set<LinkKind> kinds() {
        return Set.of(LinkKind.REPORTS_QOE_TO);
    }

    @Override
    public boolean twoHops() {
        return true;
    }

    @Override
    public void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        if (to.type() != ElementType.MONITORING_SERVER || to.version() != ProductVersion.OCS_2007) {
            return;
        }
        boolean r2Mediation = from.type() == ElementType.MEDIATION_SERVER
                && from.version() == ProductVersion.OCS_2007_R2;
        boolean r2Client = from.type().isClient()
                && Neighbours.homePoolOf(from, ProductVersion.OCS_2007_R2, topology) != null;
        if (r2Mediation || r2Client) {
            sink.report(List.of(link.id()), from, to);
        }
    }
}
