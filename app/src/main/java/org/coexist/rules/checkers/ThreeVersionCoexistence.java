package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/** Rule 29: Lync Server 2013, Lync Server 2010 and OCS 2007 R2 in one forest. Arguments: {0} forest. */
final class ThreeVersionCoexistence implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (Neighbours.contains(elements, null, ProductVersion.LYNC_2013)
                && Neighbours.contains(elements, null, ProductVersion.LYNC_2010)
                && Neighbours.contains(elements, null, ProductVersion.OCS_2007_R2)) {
            sink.report(List.of(forest.id()), forest);
        }
    }
}
