package org.coexist.rules.spi;

import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Topology;

/** A rule about one element, its properties and its own links. */
public non-sealed interface ElementChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.element(this);
    }

    /** The element types the rule can fire on; the engine calls it for these only. */
    Set<ElementType> types();

    void check(Element element, Topology topology, FindingSink sink);
}
