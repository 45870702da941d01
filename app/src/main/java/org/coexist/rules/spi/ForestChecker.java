package org.coexist.rules.spi;

import java.util.List;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.Element;

/** A rule about what one forest holds: its verdict depends on the forest's properties and its elements only. */
public non-sealed interface ForestChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.forest(this);
    }

    /** @param elements the elements placed in the forest */
    void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink);
}
