package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.HostKeys;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 32: a back-end instance of any Lync Server 2013 element (front-end pool, Persistent Chat pool and the
 * others) on the computer of a back end of an older communications element (pools, chat pools, Archiving and
 * Monitoring Servers). Another instance on the same computer counts; so does the same instance, unless rule 31
 * already covers the pair (two Enterprise pools, the older one Lync 2010 or OCS 2007 R2). An element and its
 * in-place upgrade are not a pair. One finding per Lync 2013 link. Arguments: {0} Lync 2013 element, {1} its
 * instance, {2} legacy element, {3} the legacy element's instance.
 */
final class Lync2013SeparateBackEndComputer implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.SQL_INSTANCE;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        List<Neighbours.BackEnd> backEnds = Neighbours.backEndsOn(onHost, topology);
        if (backEnds.size() < 2) {
            return;
        }
        for (Neighbours.BackEnd modern : backEnds) {
            if (modern.pool().version() == ProductVersion.LYNC_2013) {
                reportFirstLegacy(modern, backEnds, topology, sink);
            }
        }
    }

    private static void reportFirstLegacy(Neighbours.BackEnd modern, List<Neighbours.BackEnd> backEnds,
                                          Topology topology, FindingSink sink) {
        for (Neighbours.BackEnd legacy : backEnds) {
            Element owner = legacy.pool();
            if (owner.family() == Family.COMMUNICATIONS && owner.version().isOlderThan(ProductVersion.LYNC_2013)
                    && HostKeys.sameComputer(modern.instance(), legacy.instance())
                    && !coveredBySharedUserStoreRule(modern, legacy)
                    && !InPlaceUpgrades.joined(modern.pool(), owner, topology)) {
                sink.report(List.of(modern.link().id()), modern.pool(), modern.instance(), owner,
                        legacy.instance());
                return;
            }
        }
    }

    private static boolean coveredBySharedUserStoreRule(Neighbours.BackEnd modern, Neighbours.BackEnd legacy) {
        return legacy.instance() == modern.instance() && modern.pool().type() == ElementType.FRONT_END_POOL
                && legacy.pool().type() == ElementType.FRONT_END_POOL
                && Lync2013SharedUserStore.isUserStoreVersion(legacy.pool().version());
    }
}
