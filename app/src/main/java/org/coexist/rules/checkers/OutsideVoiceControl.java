package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Properties;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 9: Outside Voice Control on a pool that is not OCS 2007 R2, or in a forest that still has an OCS 2007
 * Mediation Server, or that has no OCS 2007 R2 Mediation Server at all ("Outside Voice Control requires Office
 * Communications Server 2007 R2 Mediation Server."). Mediation Servers upgraded in place do not count.
 * Arguments: {0} pool, {1} 0 when the pool is not R2, 1 when an OCS 2007 Mediation Server is left, 2 when there
 * is no R2 Mediation Server, {2} that OCS 2007 Mediation Server (or the pool).
 */
final class OutsideVoiceControl implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type.isRegistrarPool() || type == ElementType.MEDIATION_SERVER;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> pools = new ArrayList<>(1);
        addEnabled(topology.contentsOf(forest.id()).elements(ElementType.FRONT_END_POOL), pools);
        addEnabled(topology.contentsOf(forest.id()).elements(ElementType.STANDARD_EDITION_SERVER), pools);
        if (pools.isEmpty()) {
            return;
        }
        Element oldMediation = InPlaceUpgrades.firstCounted(topology, forest.id(), ProductVersion.OCS_2007,
                ElementType.MEDIATION_SERVER);
        boolean r2Mediation = InPlaceUpgrades.firstCounted(topology, forest.id(), ProductVersion.OCS_2007_R2,
                ElementType.MEDIATION_SERVER) != null;
        for (Element pool : pools) {
            if (pool.version() != ProductVersion.OCS_2007_R2) {
                sink.report(List.of(pool.id()), pool, 0, pool);
            } else if (oldMediation != null) {
                sink.report(List.of(pool.id()), pool, 1, oldMediation);
            } else if (!r2Mediation) {
                sink.report(List.of(pool.id()), pool, 2, pool);
            }
        }
    }

    private static void addEnabled(List<Element> pools, List<Element> enabled) {
        for (Element pool : pools) {
            if (pool.isTrue(Properties.OUTSIDE_VOICE_CONTROL)) {
                enabled.add(pool);
            }
        }
    }
}
