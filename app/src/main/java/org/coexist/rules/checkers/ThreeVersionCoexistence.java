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
 * Rule 29: Lync Server 2013, Lync Server 2010 and OCS 2007 R2 server elements in one forest. Clients (Communicator
 * 2007 R2 users), applications and administrative tools do not count, nor does an element upgraded in place.
 * Arguments: {0} forest.
 */
final class ThreeVersionCoexistence implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.LYNC_2013 || version == ProductVersion.LYNC_2010
                || version == ProductVersion.OCS_2007_R2;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        String id = forest.id();
        if (InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LYNC_2013)
                && InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LYNC_2010)
                && InPlaceUpgrades.hasCounted(topology, id, ProductVersion.OCS_2007_R2)) {
            sink.report(List.of(id), forest);
        }
    }
}
