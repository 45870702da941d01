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
 * Rule 58: a member of a pool (other than a SQL instance) whose version differs from the pool's. An error where a
 * document says so, an entry per document (a Skype for Business Server pool; an Archiving Server), and an inferred
 * warning otherwise: each case one subclass, so a member gets one finding. A pool's change of version re-checks
 * its members (live validation widens an element's change to its children). Arguments: {0} the member, {1} the
 * pool.
 */
abstract class PoolMemberVersion implements ElementChecker {
    private static final Set<ElementType> MEMBERS = EnumSet.complementOf(EnumSet.of(ElementType.SQL_INSTANCE));

    /** The case a mismatched member falls under; the first that applies. */
    enum Case { SKYPE_POOL, ARCHIVING_SERVER, OTHER }

    static Case caseOf(Element member, Element pool) {
        if (pool.version() == ProductVersion.SFB_2015 || pool.version() == ProductVersion.SFB_2019) {
            return Case.SKYPE_POOL;
        }
        return member.type() == ElementType.ARCHIVING_SERVER ? Case.ARCHIVING_SERVER : Case.OTHER;
    }

    /** The case this rule reports. */
    abstract Case reports();

    @Override
    public final Set<ElementType> types() {
        return MEMBERS;
    }

    @Override
    public final void check(Element element, Topology topology, FindingSink sink) {
        Element pool = element.parent() == null ? null : topology.element(element.parent());
        if (pool != null && pool.version() != element.version() && caseOf(element, pool) == reports()) {
            sink.report(List.of(element.id()), element, pool);
        }
    }

    /** A member of a Skype for Business Server pool: SFB15-upgrade, an error. */
    static final class SkypePool extends PoolMemberVersion {
        @Override
        Case reports() {
            return Case.SKYPE_POOL;
        }
    }

    /** An Archiving Server of another version than its (older) pool: seed 000, an error. */
    static final class ArchivingServer extends PoolMemberVersion {
        @Override
        Case reports() {
            return Case.ARCHIVING_SERVER;
        }
    }

    /** Other members: our inference, a warning. */
    static final class Other extends PoolMemberVersion {
        @Override
        Case reports() {
            return Case.OTHER;
        }
    }
}
