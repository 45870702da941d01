package org.coexist.rules.spi;

import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

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
     * The kinds of link the rule reads from the forest's elements (rule 45: a migration out of the forest). Live
     * validation re-checks the forests at both ends of such a link when it changes, and the forests beside an
     * element whose version changes across one. None by default: most forest rules read elements only.
     */
    default Set<LinkKind> linkKinds() {
        return Set.of();
    }

    /** @param elements the elements placed in the forest */
    void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink);
}
