package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 59 (inferred): an OCS 2007 R2 Edge Server in a forest whose pools are still OCS 2007 and none is R2: the
 * Edge came first, though migration from OCS 2007 must be inside-out. One finding per R2 Edge Server.
 * Arguments: {0} the Edge Server, {1} forest.
 */
final class R2EdgeBeforeR2Pool implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return (type.isRegistrarPool() || type == ElementType.EDGE_SERVER)
                && (version == ProductVersion.OCS_2007 || version == ProductVersion.OCS_2007_R2);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> edges = InPlaceUpgrades.counted(topology, forest.id(), ProductVersion.OCS_2007_R2,
                ElementType.EDGE_SERVER);
        if (edges.isEmpty() || !hasCountedPool(topology, forest.id(), ProductVersion.OCS_2007)
                || hasCountedPool(topology, forest.id(), ProductVersion.OCS_2007_R2)) {
            return;
        }
        for (Element edge : edges) {
            sink.report(List.of(edge.id()), edge, forest);
        }
    }

    /** A counted pool or Standard Edition server of that version in the forest. */
    private static boolean hasCountedPool(Topology topology, String forestId, ProductVersion version) {
        return InPlaceUpgrades.firstCounted(topology, forestId, version, ElementType.FRONT_END_POOL) != null
                || InPlaceUpgrades.firstCounted(topology, forestId, version,
                        ElementType.STANDARD_EDITION_SERVER) != null;
    }
}
