package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.HostKeys;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 2: an OCS 2007 R2 pool's back-end instance on the same computer as another instance that holds an older
 * pool's back end (a pool and its in-place upgrade excepted). One finding per R2 link. Arguments: {0} R2 pool,
 * {1} its instance, {2} older pool, {3} the older pool's instance, {4} host.
 */
final class R2CollocatedBackEnd implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.SQL_INSTANCE;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        List<Neighbours.BackEnd> backEnds = Neighbours.poolBackEndsOn(onHost, topology);
        for (Neighbours.BackEnd r2 : backEnds) {
            if (r2.pool().version() == ProductVersion.OCS_2007_R2) {
                reportFirstOlder(r2, backEnds, topology, sink);
            }
        }
    }

    private static void reportFirstOlder(Neighbours.BackEnd r2, List<Neighbours.BackEnd> backEnds, Topology topology,
                                         FindingSink sink) {
        for (Neighbours.BackEnd older : backEnds) {
            if (older.instance() != r2.instance() && older.pool().version().isOlderThan(ProductVersion.OCS_2007_R2)
                    && HostKeys.sameComputer(r2.instance(), older.instance())
                    && !InPlaceUpgrades.joined(r2.pool(), older.pool(), topology)) {
                sink.report(List.of(r2.link().id()), r2.pool(), r2.instance(), older.pool(), older.instance(),
                        older.instance().host());
                return;
            }
        }
    }
}
