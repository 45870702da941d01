package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 45: a forest migrates to Lync Server 2010 while it runs both OCS 2007 and OCS 2007 R2 server elements
 * (those that {@link Coexisting#counts count}). It reads its elements' migrations, so live validation re-checks the
 * forest when such a link or its far end's version changes. Arguments: {0} the forest.
 */
final class Lync2010MigrationFromOcs2007AndR2 implements ForestChecker {

    @Override
    public Set<LinkKind> linkKinds() {
        return EnumSet.of(LinkKind.MIGRATES_TO);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        // Versions first, links last: most forests stop before reading a link.
        if (!holdsServer(elements, ProductVersion.OCS_2007) || !holdsServer(elements, ProductVersion.OCS_2007_R2)
                || !migratesToLync2010(elements, topology)) {
            return;
        }
        if (Coexisting.first(elements, topology, e -> e.version() == ProductVersion.OCS_2007) != null
                && Coexisting.first(elements, topology, e -> e.version() == ProductVersion.OCS_2007_R2) != null) {
            sink.report(List.of(forest.id()), forest);
        }
    }

    private static boolean holdsServer(List<Element> elements, ProductVersion version) {
        for (Element element : elements) {
            if (element.version() == version && Coexisting.isServer(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A communications server element of the forest migrates to Lync Server 2010: only servers and pools migrate,
     * within their family (any other MIGRATES_TO is a link-kind-endpoints error).
     */
    private static boolean migratesToLync2010(List<Element> elements, Topology topology) {
        for (Element element : elements) {
            if (element.family() != Family.COMMUNICATIONS || !Coexisting.isServer(element)) {
                continue;
            }
            for (Link link : topology.outgoing(element.id(), LinkKind.MIGRATES_TO)) {
                if (topology.element(link.to()).version() == ProductVersion.LYNC_2010) {
                    return true;
                }
            }
        }
        return false;
    }
}
