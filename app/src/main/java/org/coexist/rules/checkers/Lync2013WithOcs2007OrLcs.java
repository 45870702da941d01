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
 * Rule 60 (inferred): Lync Server 2013 server elements in a forest that still has OCS 2007 or LCS 2005 SP1 server
 * elements: Lync Server 2013 coexists with Lync Server 2010 or OCS 2007 R2 only (an in-place upgrade's source
 * does not count). Arguments: {0} forest.
 */
final class Lync2013WithOcs2007OrLcs implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.LYNC_2013 || version == ProductVersion.OCS_2007
                || version == ProductVersion.LCS_2005_SP1;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        String id = forest.id();
        if (InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LYNC_2013)
                && (InPlaceUpgrades.hasCounted(topology, id, ProductVersion.OCS_2007)
                || InPlaceUpgrades.hasCounted(topology, id, ProductVersion.LCS_2005_SP1))) {
            sink.report(List.of(id), forest);
        }
    }
}
