package org.coexist.rules.spi;

/**
 * One rule written in code, registered by its rule id. It looks at one scope of the topology (a link, an element,
 * a forest, a host, or the sequence of phases) so that live validation re-runs it only where an edit can change its
 * verdict. The kinds are sealed: the engine handles each one, and a new kind must be handled wherever checkers are
 * dispatched ({@link Kinds}) before it compiles.
 */
public sealed interface Checker permits LinkChecker, ElementChecker, ForestChecker, HostChecker, PlanChecker {

    /** Calls the method of {@code kinds} for this checker's kind. */
    <R> R accept(Kinds<R> kinds);

    /** One method per kind of checker. */
    interface Kinds<R> {
        R link(LinkChecker checker);

        R element(ElementChecker checker);

        R forest(ForestChecker checker);

        R host(HostChecker checker);

        R plan(PlanChecker checker);
    }
}
