package org.coexist.rules;

/**
 * What a rule looks at, and so what an edit must touch for its verdict to change. Live validation keeps findings
 * per (scope, key) and re-runs all rules of a scope for a dirty key together.
 */
enum Scope {
    /** One link and its two ends: keyed by link id. */
    LINK,
    /** One link, its ends, and their links and neighbours: keyed by link id. */
    LINK_TWO_HOPS,
    /** One element and its own links: keyed by element id. */
    ELEMENT,
    /** What one forest holds: keyed by rule and forest id (a forest rule is re-run alone, see {@link Touch}). */
    FOREST,
    /**
     * The elements on one computer and their back ends: keyed by rule and {@link org.coexist.rules.spi.HostKeys}
     * (a host rule is re-run alone, see {@link Touch}).
     */
    HOST,
    /** The sequence of phases and the elements they show and hide: one key, {@link #PLAN_KEY}. */
    PLAN;

    /** The one key of the PLAN scope: a plan rule looks at the whole design. */
    static final String PLAN_KEY = "plan";
}
