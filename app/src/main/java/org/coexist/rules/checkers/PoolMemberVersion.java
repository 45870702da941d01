package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/**
 * Rule 58: a member of a pool (other than a SQL instance) whose version differs from the pool's. An error where
 * the documents say so (a Skype for Business Server pool, or an Archiving Server), an inferred warning otherwise:
 * two rules of the catalog, each one subclass. A pool's change of version re-checks its members (live validation
 * widens an element's change to its children). Arguments: {0} the member, {1} the pool, {2} 1 when the pool is a
 * Skype for Business Server pool, else 0.
 */
abstract class PoolMemberVersion implements ElementChecker {
    private static final Set<ElementType> MEMBERS = EnumSet.complementOf(EnumSet.of(ElementType.SQL_INSTANCE));

    /** Whether the documents forbid the mismatch outright (rather than our inference). */
    static boolean documented(Element member, Element pool) {
        return pool.version() == ProductVersion.SFB_2015 || pool.version() == ProductVersion.SFB_2019
                || member.type() == ElementType.ARCHIVING_SERVER;
    }

    /** Whether this rule is the one for such a mismatch. */
    abstract boolean appliesTo(boolean documented);

    @Override
    public final Set<ElementType> types() {
        return MEMBERS;
    }

    @Override
    public final void check(Element element, Topology topology, FindingSink sink) {
        Element pool = element.parent() == null ? null : topology.element(element.parent());
        if (pool == null || pool.version() == element.version() || !appliesTo(documented(element, pool))) {
            return;
        }
        boolean skype = pool.version() == ProductVersion.SFB_2015 || pool.version() == ProductVersion.SFB_2019;
        sink.report(List.of(element.id()), element, pool, skype ? 1 : 0);
    }

    /** Skype for Business Server pools, and Archiving Servers: an error. */
    static final class Documented extends PoolMemberVersion {
        @Override
        boolean appliesTo(boolean documented) {
            return documented;
        }
    }

    /** Other members: our inference, a warning. */
    static final class Inferred extends PoolMemberVersion {
        @Override
        boolean appliesTo(boolean documented) {
            return !documented;
        }
    }
}
