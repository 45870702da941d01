package org.coexist.rules.checkers;

import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

/**
 * An UPGRADES_IN_PLACE link joins two drawings of one deployment (domain.md): its source does not count toward
 * its forest's versions while its target is present, and rules comparing two elements skip the pair it joins.
 * The narrowest form of what pack 2's rules need; the same names and meaning as the shared helper the rules
 * corrections add, so that one can replace this.
 */
final class InPlaceUpgrades {

    private InPlaceUpgrades() {
    }

    /**
     * Whether the element is the "before" drawing of an in-place upgrade: the source of an UPGRADES_IN_PLACE link
     * to another element of its family. A phase that hides the target drops the link with it.
     */
    static boolean isUpgradedInPlace(Element element, Topology topology) {
        for (Link link : topology.outgoing(element.id(), LinkKind.UPGRADES_IN_PLACE)) {
            Element target = topology.element(link.to());
            if (target != null && target.family() == element.family() && !target.id().equals(element.id())) {
                return true;
            }
        }
        return false;
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
