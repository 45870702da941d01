package org.coexist.rules.checkers;

import java.util.List;
import java.util.function.Predicate;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

/**
 * Which elements count when a rule asks what coexists (domain.md, "server element" and UPGRADES_IN_PLACE): server
 * elements only, and an in-place upgrade drawn as two elements is one deployment, counted as its target.
 */
final class Coexisting {

    private Coexisting() {
    }

    /** Every type but the clients, applications and administrative tools. */
    static boolean isServer(Element element) {
        ElementType type = element.type();
        return !type.isClient() && type != ElementType.APPLICATION && type != ElementType.ADMIN_TOOLS;
    }

    /**
     * A server element that is not the source of an UPGRADES_IN_PLACE link: while the upgrade's target is there
     * (a link's ends always are), the source does not count toward its forest's versions.
     */
    static boolean counts(Element element, Topology topology) {
        return isServer(element) && topology.outgoing(element.id(), LinkKind.UPGRADES_IN_PLACE).isEmpty();
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
        return upgrades(a, b, topology) || upgrades(b, a, topology);
    }

    private static boolean upgrades(Element source, Element target, Topology topology) {
        for (Link link : topology.outgoing(source.id(), LinkKind.UPGRADES_IN_PLACE)) {
            if (link.to().equals(target.id())) {
                return true;
            }
        }
        return false;
    }
}
