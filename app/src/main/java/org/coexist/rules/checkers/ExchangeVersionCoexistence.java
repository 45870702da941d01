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
 * Rule 69: an Exchange version in a forest with Exchange server elements older than the oldest version it coexists
 * with (Exchange 2019 with 2010 or older, 2016 with 2007 or older, 2013 with 2003 or older, 2010 with 2000 or
 * older). One entry per newer version, each citing its own document; one finding per forest, pointing at the
 * older server elements. An in-place upgrade's source neither counts nor is pointed at.
 * Arguments: {0} forest, {1} the newer version, {2} how many older elements, {3} the first of them.
 */
final class ExchangeVersionCoexistence implements ForestChecker {
    private final ProductVersion newer;
    private final ProductVersion oldestSupported;

    /** @param oldestSupported the oldest version the newer one coexists with */
    ExchangeVersionCoexistence(ProductVersion newer, ProductVersion oldestSupported) {
        this.newer = newer;
        this.oldestSupported = oldestSupported;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (Coexisting.first(elements, topology, e -> e.version() == newer) == null) {
            return;
        }
        List<Element> older = new ArrayList<>();
        for (Element element : elements) {
            if (element.version().isOlderThan(oldestSupported) && Coexisting.counts(element, topology)) {
                older.add(element);
            }
        }
        if (!older.isEmpty()) {
            sink.report(older.stream().map(Element::id).toList(), forest, newer, older.size(), older.get(0));
        }
    }
}
