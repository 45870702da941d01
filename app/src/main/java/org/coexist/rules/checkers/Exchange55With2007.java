package org.coexist.rules.checkers;

import java.util.ArrayList;
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
 * Rule 15: Exchange 5.5 and Exchange 2007 server elements in one forest; one finding per forest pointing at every
 * 5.5 server element. Administrative tools neither count nor are subjects, nor does a server upgraded in place.
 * Arguments: {0} forest, {1} how many 5.5 elements.
 */
final class Exchange55With2007 implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.EXCHANGE_5_5 || version == ProductVersion.EXCHANGE_2007;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!InPlaceUpgrades.hasCounted(topology, forest.id(), ProductVersion.EXCHANGE_2007)) {
            return;
        }
        List<String> legacy = new ArrayList<>();
        for (Element element : InPlaceUpgrades.counted(topology, forest.id(), ProductVersion.EXCHANGE_5_5, null)) {
            legacy.add(element.id());
        }
        if (!legacy.isEmpty()) {
            sink.report(legacy, forest, legacy.size());
        }
    }
}
