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
 * Rule 31: a Lync Server 2013 pool and a Lync Server 2010 or OCS 2007 R2 pool on one SQL instance, as Topology
 * Builder refuses it. One finding per pair of links; a pool and its in-place upgrade are not a pair.
 * Arguments: {0} Lync 2013 pool, {1} other pool, {2} instance.
 */
final class Lync2013SharedUserStore implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.SQL_INSTANCE;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        for (Element instance : onHost) {
            List<Link> backEnds = Neighbours.poolBackEnds(instance, topology);
            if (backEnds.size() < 2) {
                continue;
            }
            for (Link modern : backEnds) {
                Element modernPool = topology.element(modern.from());
                if (modernPool.version() != ProductVersion.LYNC_2013) {
                    continue;
                }
                for (Link other : backEnds) {
                    Element otherPool = topology.element(other.from());
                    if (isUserStoreVersion(otherPool.version())
                            && !InPlaceUpgrades.joined(modernPool, otherPool, topology)) {
                        sink.report(List.of(modern.id(), other.id()), modernPool, otherPool, instance);
                    }
                }
            }
        }
    }

    /** The versions whose pools Topology Builder recognises as holding a User Store. */
    static boolean isUserStoreVersion(ProductVersion version) {
        return version == ProductVersion.LYNC_2010 || version == ProductVersion.OCS_2007_R2;
    }
}
