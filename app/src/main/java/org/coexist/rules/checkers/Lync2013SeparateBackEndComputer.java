package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
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
        List<Neighbours.BackEnd> backEnds = Neighbours.poolBackEndsOn(onHost, topology);
        for (Neighbours.BackEnd modern : backEnds) {
            if (modern.pool().version() == ProductVersion.LYNC_2013) {
                reportFirstLegacy(modern, backEnds, sink);
            }
        }
    }

    private static void reportFirstLegacy(Neighbours.BackEnd modern, List<Neighbours.BackEnd> backEnds,
                                          FindingSink sink) {
        for (Neighbours.BackEnd legacy : backEnds) {
            boolean older = legacy.pool().version().isOlderThan(ProductVersion.LYNC_2013);
            boolean coveredBySharedInstanceRule = legacy.instance() == modern.instance()
                    && Lync2013SharedUserStore.isUserStoreVersion(legacy.pool().version());
            if (older && !coveredBySharedInstanceRule) {
                sink.report(List.of(modern.link().id()), modern.pool(), modern.instance(), legacy.pool(),
                        legacy.instance());
                return;
            }
        }
    }
}
