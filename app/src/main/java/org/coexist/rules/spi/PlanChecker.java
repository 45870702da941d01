package org.coexist.rules.spi;

import org.coexist.model.Topology;

/**
 * A rule about the order of the phases of a migration, not about one state of it: it looks at the topology's
 * phases and what each hides. Its verdict may depend on the phases and on the elements (their ids, types,
 * versions and forests), not on links, properties or where things are drawn; live validation re-runs it after
 * every edit of a phase or an element. A phase's view ({@link Topology#without}) has no phases, so plan rules find
 * nothing there: they are reported for the whole design.
 */
public non-sealed interface PlanChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.plan(this);
    }

    void check(Topology topology, PlanFindingSink sink);
}
