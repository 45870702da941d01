package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 69: an Exchange version in a forest with Exchange server elements older than the oldest version it coexists
 * with (Exchange 2019 with 2010 or older, 2016 with 2007 or older, 2013 with 2003 or older, 2010 with 2000 or
 * older). One entry per newer version, each citing its own document; one finding per forest, pointing at the
 * older server elements. An in-place upgrade's source neither counts nor is pointed at.
 * Arguments: {0} forest, {1} the newer version, {2} how many older elements, {3} the first of them.
 */
final class ExchangeVersionCoexistence implements ForestChecker {
    private final ProductVersion newer;
    private final Set<ProductVersion> older;

    /** @param oldestSupported the oldest version the newer one coexists with */
    ExchangeVersionCoexistence(ProductVersion newer, ProductVersion oldestSupported) {
        this.newer = newer;
        this.older = EnumSet.noneOf(ProductVersion.class);
        for (ProductVersion version : ProductVersion.values()) {
            if (version.isOlderThan(oldestSupported)) {
                older.add(version);
            }
        }
    }

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == newer || older.contains(version);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!InPlaceUpgrades.hasCounted(topology, forest.id(), newer)) {
            return;
        }
        List<Element> found = InPlaceUpgrades.counted(topology, forest.id(), older);
        if (!found.isEmpty()) {
            sink.report(found.stream().map(Element::id).toList(), forest, newer, found.size(), found.get(0));
        }
    }
}
