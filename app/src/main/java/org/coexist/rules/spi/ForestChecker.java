package org.coexist.rules.spi;

import java.util.List;
import java.util.Set;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;

/**
 * A rule about what one forest holds: its verdict depends on the forest's properties, its elements and, for the
 * kinds of {@link #linkKinds()}, their links of those kinds and the versions at the far ends.
 */
public non-sealed interface ForestChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.forest(this);
    }

    /**
     * Whether an element of this type and version in the forest can change the rule's verdict: by being there, by
     * its properties, or by whether it counts (an in-place upgrade's source does not). Live validation re-runs the
     * rule on a forest only after such an element of it changed, came or went (a link of a kind forest rules read
     * touches both its ends), or the forest itself changed. Every element, unless a rule says less; saying too
     * little makes live validation miss a change, which {@code RandomEditsTest} looks for.
     */
    default boolean reads(ElementType type, ProductVersion version) {
        return true;
    }

    /**
     * The kinds of link the rule reads from the forest's elements (rule 53: a route between Exchange versions; rule
     * 45: a migration out of the forest, and the version it leads to). Live validation re-runs the rule on the
     * forests at both ends of a changed link of such a kind, and beside an element whose version changed across
     * one. None by
     * default: most forest rules read elements only. (An UPGRADES_IN_PLACE link changes whether its source counts:
     * that is a change to the source, for the rules that read its type and version.)
     */
    default Set<LinkKind> linkKinds() {
        return Set.of();
    }

    /**
     * @param elements the elements placed in the forest, listed when first read: a rule that reads only some
     *                 versions or types asks {@link Topology#contentsOf}
     */
    void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink);
}
