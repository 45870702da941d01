package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.Forest;
import org.coexist.model.ForestContents;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 45: a forest migrates to Lync Server 2010 while it runs both OCS 2007 and OCS 2007 R2 server elements
 * (those that {@link Coexisting#counts count}). It reads its communications elements (any of them may be the
 * source of a migration) and their migrations, so live validation re-checks the forest when such a link or its far
 * end's version changes. Arguments: {0} the forest.
 */
final class Lync2010MigrationFromOcs2007AndR2 implements ForestChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version.family() == Family.COMMUNICATIONS;
    }

    @Override
    public Set<LinkKind> linkKinds() {
        return EnumSet.of(LinkKind.MIGRATES_TO);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        // Versions first, links last: most forests stop before reading a link.
        String id = forest.id();
        if (InPlaceUpgrades.hasCounted(topology, id, ProductVersion.OCS_2007)
                && InPlaceUpgrades.hasCounted(topology, id, ProductVersion.OCS_2007_R2)
                && migratesToLync2010(topology.contentsOf(id), topology)) {
            sink.report(List.of(id), forest);
        }
    }

    /**
     * A communications server element of the forest migrates to Lync Server 2010: only servers and pools migrate,
     * within their family (any other MIGRATES_TO is a link-kind-endpoints error). Reads only the versions whose
     * elements start a migration.
     */
    private static boolean migratesToLync2010(ForestContents contents, Topology topology) {
        for (ProductVersion version : ProductVersion.values()) {
            if (version.family() != Family.COMMUNICATIONS || !contents.starts(version, LinkKind.MIGRATES_TO)) {
                continue;
            }
            for (Element element : contents.elements(version)) {
                // Of a version that starts migrations, most elements start none: asked without listing links.
                if (!Coexisting.isServer(element) || !topology.startsLink(element.id(), LinkKind.MIGRATES_TO)) {
                    continue;
                }
                for (Link link : topology.outgoing(element.id(), LinkKind.MIGRATES_TO)) {
                    if (topology.element(link.to()).version() == ProductVersion.LYNC_2010) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
