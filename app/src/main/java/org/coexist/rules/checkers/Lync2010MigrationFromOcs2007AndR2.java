package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 45: a forest migrates to Lync Server 2010 while it runs both OCS 2007 and OCS 2007 R2 server elements.
 * Clients, applications and administrative tools do not count, nor the source of an in-place upgrade whose target
 * is drawn (one deployment, before and after). It reads its elements' migrations and upgrades, so live validation
 * re-checks the forest when such a link or its far end's version changes. Arguments: {0} the forest.
 */
final class Lync2010MigrationFromOcs2007AndR2 implements ForestChecker {

    @Override
    public Set<LinkKind> linkKinds() {
        return EnumSet.of(LinkKind.MIGRATES_TO, LinkKind.UPGRADES_IN_PLACE);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        // Versions first: most forests stop here without reading a link.
        if (!holds(elements, ProductVersion.OCS_2007, null) || !holds(elements, ProductVersion.OCS_2007_R2, null)
                || !migratesToLync2010(elements, topology)) {
            return;
        }
        if (holds(elements, ProductVersion.OCS_2007, topology)
                && holds(elements, ProductVersion.OCS_2007_R2, topology)) {
            sink.report(List.of(forest.id()), forest);
        }
    }

    /** A server element of that version; with a topology, one that is not upgraded in place. */
    private static boolean holds(List<Element> elements, ProductVersion version, Topology topology) {
        for (Element element : elements) {
            if (element.version() == version && isServer(element.type())
                    && (topology == null || !upgradedInPlace(element, topology))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "before" drawing of an in-place upgrade: the source of an UPGRADES_IN_PLACE link to another element of
     * its family, which is present (a phase that hides the target drops the link with it).
     */
    private static boolean upgradedInPlace(Element element, Topology topology) {
        for (Link link : topology.outgoing(element.id(), LinkKind.UPGRADES_IN_PLACE)) {
            Element target = topology.element(link.to());
            if (!target.id().equals(element.id()) && target.family() == element.family()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A communications server element of the forest migrates to Lync Server 2010: only servers and pools migrate,
     * within their family (any other MIGRATES_TO is a link-kind-endpoints error).
     */
    private static boolean migratesToLync2010(List<Element> elements, Topology topology) {
        for (Element element : elements) {
            if (element.family() != Family.COMMUNICATIONS || !isServer(element.type())) {
                continue;
            }
            for (Link link : topology.outgoing(element.id(), LinkKind.MIGRATES_TO)) {
                if (topology.element(link.to()).version() == ProductVersion.LYNC_2010) {
                    return true;
                }
            }
        }
        return false;
    }

    /** domain.md: server elements are all types but the clients, applications and administrative tools. */
    private static boolean isServer(ElementType type) {
        return !type.isClient() && type != ElementType.APPLICATION && type != ElementType.ADMIN_TOOLS;
    }
}
