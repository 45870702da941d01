package org.coexist.rules.checkers;

import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

/**
 * An UPGRADES_IN_PLACE link joins two drawings of one deployment (domain.md): its source does not count toward
 * its forest's versions while its target is present, and rules comparing two elements skip the pair it joins.
 */
final class InPlaceUpgrades {

    private InPlaceUpgrades() {
    }

    /** Whether the element still counts as deployed: it is not the source of an in-place upgrade that is drawn. */
    static boolean counts(Element element, Topology topology) {
        for (Link link : topology.linksOf(element.id())) {
            if (link.kind() == LinkKind.UPGRADES_IN_PLACE && link.from().equals(element.id())
                    && topology.element(link.to()) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether an UPGRADES_IN_PLACE link, either way, makes the two one deployment. */
    static boolean joined(Element one, Element other, Topology topology) {
        for (Link link : topology.linksOf(one.id())) {
            if (link.kind() == LinkKind.UPGRADES_IN_PLACE && link.otherEnd(one.id()).equals(other.id())) {
                return true;
            }
        }
        return false;
    }
}
