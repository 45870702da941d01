package org.coexist.rules.spi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ForestContents;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;

/**
 * What an in-place upgrade means to the rules about elements that coexist (domain.md): "An UPGRADES_IN_PLACE link
 * joins two drawings of one deployment, before and after the upgrade." So
 * <ul>
 * <li>forest-counting rules (15, 18, 29, and the later ones that count a forest's versions) count only
 * {@link #countsInForest counted} elements: server elements that are not the source of an in-place upgrade whose
 * target is present ({@link #hasCounted}, {@link #forestVersions}, {@link #counted});</li>
 * <li>rules that compare two elements' back ends, hosts, federation or chat versions (1, 2, 25, 31, 32, 49, 67)
 * skip a pair {@link #joined} by such a link.</li>
 * </ul>
 * Rules about the upgrade link itself (14, 27, 43, 61, 62) look at the link and need none of this.
 *
 * <p>Live validation: a forest rule that uses this depends on the UPGRADES_IN_PLACE links of the forest's
 * elements, and {@code DirtyScopes} re-checks the forests at both ends of such a link when it or an end changes; a
 * pair rule of link or host scope is re-checked through the ends of the changed link.
 */
public final class InPlaceUpgrades {

    private InPlaceUpgrades() {
    }

    /**
     * Whether the element is the "before" drawing of an in-place upgrade: the source of an UPGRADES_IN_PLACE link
     * to an element of its own family (a link to another family is no upgrade, only a link-kind error). Its target
     * is present, or the link would not be there: a phase that hides the target drops the link with it.
     */
    public static boolean isUpgradedInPlace(Element element, Topology topology) {
        // The element's forest keeps its few elements upgraded in place, as links and versions change.
        return topology.contentsOf(element.forest()).isUpgradedInPlace(element);
    }

    /** Whether the element counts toward its forest's versions: a server element not upgraded in place. */
    public static boolean countsInForest(Element element, Topology topology) {
        return element.type().isServerElement() && !isUpgradedInPlace(element, topology);
    }

    /**
     * Whether a counted element of that version is among these (a forest's elements): what a rule asks of a
     * forest's versions one by one, cheaper than {@link #forestVersions} when it needs only a few.
     */
    public static boolean hasCounted(List<Element> elements, ProductVersion version, Topology topology) {
        for (Element element : elements) {
            if (element.version() == version && countsInForest(element, topology)) {
                return true;
            }
        }
        return false;
    }

    /** The versions of the counted elements among these (a forest's elements). */
    public static Set<ProductVersion> forestVersions(List<Element> elements, Topology topology) {
        Set<ProductVersion> versions = EnumSet.noneOf(ProductVersion.class);
        for (Element element : elements) {
            if (!versions.contains(element.version()) && countsInForest(element, topology)) {
                versions.add(element.version());
            }
        }
        return versions;
    }

    /** The counted elements among these that have one of the versions, in their order. */
    public static List<Element> counted(List<Element> elements, Set<ProductVersion> versions, Topology topology) {
        List<Element> result = new ArrayList<>(2);
        for (Element element : elements) {
            if (versions.contains(element.version()) && countsInForest(element, topology)) {
                result.add(element);
            }
        }
        return result;
    }

    /**
     * Whether a counted element of that version is in the forest. Reads the forest's elements of that version
     * only (the topology keeps them apart), so a forest rule costs what it is about, not the size of the forest.
     */
    public static boolean hasCounted(Topology topology, String forestId, ProductVersion version) {
        // Answered from the forest's counts unless one of its servers of that version may be upgraded in place.
        ForestContents contents = topology.contentsOf(forestId);
        if (contents.servers(version) == 0) {
            return false;
        }
        return !contents.starts(version, LinkKind.UPGRADES_IN_PLACE)
                || firstCounted(topology, forestId, version, null) != null;
    }

    /** The forest's first counted element of that version (and type, unless null), or null. */
    public static Element firstCounted(Topology topology, String forestId, ProductVersion version, ElementType type) {
        ForestContents contents = topology.contentsOf(forestId);
        return type == null ? contents.first(version, element -> counts(element, contents))
                : contents.first(version, type, element -> counts(element, contents));
    }

    /** The forest's counted elements of these versions, in the forest's order. */
    public static List<Element> counted(Topology topology, String forestId, Set<ProductVersion> versions) {
        ForestContents contents = topology.contentsOf(forestId);
        return contents.elements(versions, element -> counts(element, contents));
    }

    /** The forest's counted elements of that version and type (any, for null), in the forest's order. */
    public static List<Element> counted(Topology topology, String forestId, ProductVersion version,
                                        ElementType type) {
        List<Element> result = new ArrayList<>(2);
        ForestContents contents = topology.contentsOf(forestId);
        for (Element element : contents.elements(version)) {
            if ((type == null || element.type() == type) && counts(element, contents)) {
                result.add(element);
            }
        }
        return result;
    }

    /** {@link #countsInForest}, of an element of that forest. */
    private static boolean counts(Element element, ForestContents contents) {
        return element.type().isServerElement() && !contents.isUpgradedInPlace(element);
    }

    /** Whether an UPGRADES_IN_PLACE link joins the two, either way: one deployment drawn twice, not a pair. */
    public static boolean joined(Element a, Element b, Topology topology) {
        return linksTo(a, b, topology) || linksTo(b, a, topology);
    }

    private static boolean linksTo(Element from, Element to, Topology topology) {
        for (Link link : topology.outgoing(from.id(), LinkKind.UPGRADES_IN_PLACE)) {
            if (link.to().equals(to.id())) {
                return true;
            }
        }
        return false;
    }
}
