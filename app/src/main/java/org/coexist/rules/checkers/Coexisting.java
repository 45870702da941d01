package org.coexist.rules.checkers;

import java.util.List;
import java.util.function.Predicate;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Topology;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Which elements count when a rule asks what coexists (domain.md, "server element" and UPGRADES_IN_PLACE): server
 * elements only, and an in-place upgrade drawn as two elements is one deployment, counted as its target. The
 * rules of pack 3 ask here; the definitions are those of {@link ElementType#isServerElement} and
 * {@link InPlaceUpgrades}, which every checker shares.
 */
final class Coexisting {

    private Coexisting() {
    }

    /** Every type but the clients, applications and administrative tools. */
    static boolean isServer(Element element) {
        return element.type().isServerElement();
    }

    /**
     * A server element that is not the source of an UPGRADES_IN_PLACE link: while the upgrade's target is there
     * (a link's ends always are), the source does not count toward its forest's versions.
     */
    static boolean counts(Element element, Topology topology) {
        return InPlaceUpgrades.countsInForest(element, topology);
    }

    /** The first element of the list that counts and passes the test, or null. */
    static Element first(List<Element> elements, Topology topology, Predicate<Element> test) {
        for (Element element : elements) {
            if (test.test(element) && counts(element, topology)) {
                return element;
            }
        }
        return null;
    }

    /** Whether an UPGRADES_IN_PLACE link joins the two, either way: the drawings of one deployment. */
    static boolean upgradedInPlace(Element a, Element b, Topology topology) {
        return InPlaceUpgrades.joined(a, b, topology);
    }
}
