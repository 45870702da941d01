package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 60 (inferred): Lync Server 2013 server elements in a forest that still has OCS 2007 or LCS 2005 SP1 server
 * elements: Lync Server 2013 coexists with Lync Server 2010 or OCS 2007 R2 only. Server elements are those the
 * catalog tags "server" (not clients, applications or administrative tools). Arguments: {0} forest.
 */
final class Lync2013WithOcs2007OrLcs implements ForestChecker {
    private static final String SERVER = "server";
    private final boolean[] servers = new boolean[ElementType.values().length];

    Lync2013WithOcs2007OrLcs(Catalog catalog) {
        for (ElementType type : ElementType.values()) {
            servers[type.ordinal()] = catalog.spec(type) != null && catalog.spec(type).tags().contains(SERVER);
        }
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        boolean lync2013 = false;
        boolean older = false;
        for (Element element : elements) {
            if (!servers[element.type().ordinal()]) {
                continue;
            }
            ProductVersion version = element.version();
            if (version == ProductVersion.LYNC_2013 && !lync2013) {
                lync2013 = !InPlaceUpgrades.isUpgradedInPlace(element, topology);
            } else if ((version == ProductVersion.OCS_2007 || version == ProductVersion.LCS_2005_SP1) && !older) {
                older = !InPlaceUpgrades.isUpgradedInPlace(element, topology);
            }
            if (lync2013 && older) {
                sink.report(List.of(forest.id()), forest);
                return;
            }
        }
    }
}
