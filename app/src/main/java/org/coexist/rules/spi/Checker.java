package org.coexist.rules.spi;

/**
 * One rule written in code, registered by its rule id. It looks at one scope of the topology (a link, an element,
 * a forest, a host, or the
 * sequence of phases) so that live validation re-runs it only where an edit can change its verdict.
 */
public interface Checker {
}
