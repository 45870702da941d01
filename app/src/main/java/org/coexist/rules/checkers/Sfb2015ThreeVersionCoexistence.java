package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 63: Skype for Business Server 2015, Lync Server 2013 and Lync Server 2010 server elements in one forest
 * (an in-place upgrade's source does not count). Arguments: {0} forest.
 */
final class Sfb2015ThreeVersionCoexistence implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (has(elements, topology, ProductVersion.SFB_2015) && has(elements, topology, ProductVersion.LYNC_2013)
                && has(elements, topology, ProductVersion.LYNC_2010)) {
            sink.report(List.of(forest.id()), forest);
        }
    }

    private static boolean has(List<Element> elements, Topology topology, ProductVersion version) {
        return Coexisting.first(elements, topology, e -> e.version() == version) != null;
    }
}
