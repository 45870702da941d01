package org.coexist.rules.spi;

import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

/** A rule about one link: its verdict depends on the link, its endpoints and, if {@link #twoHops()}, their links. */
public non-sealed interface LinkChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.link(this);
    }

    /** The kinds of link the rule can fire on; the engine calls it for these only. */
    Set<LinkKind> kinds();

    /**
     * Whether the verdict also depends on the links of the endpoints and what is at their other ends (a client's
     * home pool, the other reporters of a monitoring server). Such rules are re-run over a wider neighbourhood.
     */
    default boolean twoHops() {
        return false;
    }

    /**
     * Whether the verdict also depends on the ends' hosts (rule 46: a migration on one computer). Live validation
     * then re-checks an element's links of the rule's kinds when its host alone changes, an edit that otherwise
     * re-checks only the rules about computers.
     */
    default boolean readsHosts() {
        return false;
    }

    void check(Link link, Element from, Element to, Topology topology, FindingSink sink);
}
