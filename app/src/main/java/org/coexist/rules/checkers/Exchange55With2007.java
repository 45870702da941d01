package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 15: Exchange 5.5 and Exchange 2007 in one forest; one finding per forest pointing at every 5.5 element.
 * Arguments: {0} forest, {1} how many 5.5 elements.
 */
final class Exchange55With2007 implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!Neighbours.contains(elements, null, ProductVersion.EXCHANGE_2007)) {
            return;
        }
        List<String> legacy = new ArrayList<>();
        for (Element element : elements) {
            if (element.version() == ProductVersion.EXCHANGE_5_5) {
                legacy.add(element.id());
            }
        }
        if (!legacy.isEmpty()) {
            sink.report(legacy, forest, legacy.size());
        }
    }
}
