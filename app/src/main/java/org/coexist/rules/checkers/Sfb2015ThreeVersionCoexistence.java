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
 * Rule 63: Skype for Business Server 2015, Lync Server 2013 and Lync Server 2010 server elements in one forest
 * (an in-place upgrade's source does not count). Arguments: {0} forest.
 */
final class Sfb2015ThreeVersionCoexistence implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.SFB_2015 || version == ProductVersion.LYNC_2013
                || version == ProductVersion.LYNC_2010;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        String id = forest.id();
        if (InPlaceUpgrades.hasCounted(topology, id, ProductVersion.SFB_2015)
                && InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LYNC_2013)
                && InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LYNC_2010)) {
            sink.report(List.of(id), forest);
        }
    }
}
