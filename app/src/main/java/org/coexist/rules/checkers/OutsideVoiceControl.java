package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 9: Outside Voice Control on a pool that is not OCS 2007 R2, or in a forest that still has an OCS 2007
 * Mediation Server. Arguments: {0} pool, {1} 0 when the pool is not R2 and 1 when a mediation server is left,
 * {2} that mediation server (or the pool).
 */
final class OutsideVoiceControl implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        Element oldMediation = null;
        for (Element element : elements) {
            if (element.type() == ElementType.MEDIATION_SERVER && element.version() == ProductVersion.OCS_2007) {
                oldMediation = element;
                break;
            }
        }
        for (Element pool : elements) {
            if (!pool.type().isRegistrarPool() || !pool.isTrue(Properties.OUTSIDE_VOICE_CONTROL)) {
                continue;
            }
            if (pool.version() != ProductVersion.OCS_2007_R2) {
                sink.report(List.of(pool.id()), pool, 0, pool);
            } else if (oldMediation != null) {
                sink.report(List.of(pool.id()), pool, 1, oldMediation);
            }
        }
    }
}
