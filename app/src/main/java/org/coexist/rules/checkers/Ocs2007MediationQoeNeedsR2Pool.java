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
 * Rule 8: an OCS 2007 Mediation Server may report QoE to an OCS 2007 R2 Monitoring Server only if an OCS 2007 R2
 * pool reports there too. The verdict depends on the monitoring server's other links. Arguments: {0} mediation
 * server, {1} monitoring server.
 */
final class Ocs2007MediationQoeNeedsR2Pool implements LinkChecker {

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
        if (from.type() != ElementType.MEDIATION_SERVER || from.version() != ProductVersion.OCS_2007
                || to.type() != ElementType.MONITORING_SERVER || to.version() != ProductVersion.OCS_2007_R2) {
            return;
        }
        if (!Neighbours.poolReportsQoeTo(to, ProductVersion.OCS_2007_R2, topology)) {
            sink.report(List.of(link.id()), from, to);
        }
    }
}
