package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 1: an OCS 2007 R2 pool's back end on a SQL instance that also holds the back end of a pool of another
 * version. One finding per pair of links; a pool and its in-place upgrade are one deployment, not a pair.
 * Arguments: {0} R2 pool, {1} other pool, {2} instance.
 */
final class R2SharedBackEndInstance implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.SQL_INSTANCE;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        for (Element instance : onHost) {
            if (instance.type() != ElementType.SQL_INSTANCE) {
                continue;
            }
            List<Link> backEnds = Neighbours.poolBackEnds(instance, topology);
            for (Link r2 : backEnds) {
                Element r2Pool = topology.element(r2.from());
                if (r2Pool.version() != ProductVersion.OCS_2007_R2) {
                    continue;
                }
                for (Link other : backEnds) {
                    Element otherPool = topology.element(other.from());
                    if (otherPool.version() != ProductVersion.OCS_2007_R2
                            && !InPlaceUpgrades.joined(r2Pool, otherPool, topology)) {
                        sink.report(List.of(r2.id(), other.id()), r2Pool, otherPool, instance);
                    }
                }
            }
        }
    }
}
