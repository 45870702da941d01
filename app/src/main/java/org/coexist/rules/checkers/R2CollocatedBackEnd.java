package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;

/**
 * Rule 2: an OCS 2007 R2 pool's back-end instance on the same computer as another instance that holds an older
 * pool's back end. One finding per R2 link. Arguments: {0} R2 pool, {1} its instance, {2} older pool, {3} the
 * older pool's instance, {4} host.
 */
final class R2CollocatedBackEnd implements HostChecker {

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        for (Element instance : onHost) {
            for (Link r2 : Neighbours.poolBackEnds(instance, topology)) {
                Element r2Pool = topology.element(r2.from());
                if (r2Pool.version() == ProductVersion.OCS_2007_R2) {
                    reportFirstOlder(r2, r2Pool, instance, onHost, topology, sink);
                }
            }
        }
    }

    private static void reportFirstOlder(Link r2, Element r2Pool, Element instance, List<Element> onHost,
                                         Topology topology, FindingSink sink) {
        for (Element other : onHost) {
            if (other == instance || other.type() != ElementType.SQL_INSTANCE) {
                continue;
            }
            for (Link older : Neighbours.poolBackEnds(other, topology)) {
                Element olderPool = topology.element(older.from());
                if (olderPool.version().isOlderThan(ProductVersion.OCS_2007_R2)) {
                    sink.report(List.of(r2.id()), r2Pool, instance, olderPool, other, other.host());
                    return;
                }
            }
        }
    }
}
