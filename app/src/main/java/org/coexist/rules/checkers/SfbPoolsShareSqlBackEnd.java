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
 * Rule 67: two pools, one of them Skype for Business Server 2015 or 2019, with their back end on one SQL instance;
 * one finding per pair of links. A pool upgraded in place keeps its back end: the two drawings of it are skipped.
 * Arguments: {0} the first pool, {1} the second pool, {2} the instance.
 */
final class SfbPoolsShareSqlBackEnd implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.SQL_INSTANCE;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        for (Element instance : onHost) {
            List<Link> backEnds = Neighbours.poolBackEnds(instance, topology);
            for (int i = 0; i < backEnds.size(); i++) {
                Element first = topology.element(backEnds.get(i).from());
                for (int j = i + 1; j < backEnds.size(); j++) {
                    Element second = topology.element(backEnds.get(j).from());
                    if (!first.id().equals(second.id()) && (isSfb(first) || isSfb(second))
                            && !Coexisting.upgradedInPlace(first, second, topology)) {
                        sink.report(List.of(backEnds.get(i).id(), backEnds.get(j).id()), first, second, instance);
                    }
                }
            }
        }
    }

    private static boolean isSfb(Element pool) {
        return pool.version() == ProductVersion.SFB_2015 || pool.version() == ProductVersion.SFB_2019;
    }
}
