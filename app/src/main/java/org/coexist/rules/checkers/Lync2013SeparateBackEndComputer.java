package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;

/**
 * Rule 32: a Lync Server 2013 pool's back-end instance on the computer of a legacy pool's back end. Another
 * instance on the same host counts; so does the same instance when rule 31 does not already cover the pair (an
 * OCS 2007 or LCS 2005 pool). One finding per Lync 2013 link. Arguments: {0} Lync 2013 pool, {1} its instance,
 * {2} legacy pool, {3} the legacy pool's instance.
 */
final class Lync2013SeparateBackEndComputer implements HostChecker {

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        for (Element instance : onHost) {
            for (Link modern : Neighbours.poolBackEnds(instance, topology)) {
                Element modernPool = topology.element(modern.from());
                if (modernPool.version() == ProductVersion.LYNC_2013) {
                    reportFirstLegacy(modern, modernPool, instance, onHost, topology, sink);
                }
            }
        }
    }

    private static void reportFirstLegacy(Link modern, Element modernPool, Element instance, List<Element> onHost,
                                          Topology topology, FindingSink sink) {
        for (Element other : onHost) {
            for (Link legacy : Neighbours.poolBackEnds(other, topology)) {
                Element legacyPool = topology.element(legacy.from());
                boolean older = legacyPool.version().isOlderThan(ProductVersion.LYNC_2013);
                boolean coveredBySharedInstanceRule = other == instance
                        && Lync2013SharedUserStore.isUserStoreVersion(legacyPool.version());
                if (older && !coveredBySharedInstanceRule) {
                    sink.report(List.of(modern.id()), modernPool, instance, legacyPool, other);
                    return;
                }
            }
        }
    }
}
