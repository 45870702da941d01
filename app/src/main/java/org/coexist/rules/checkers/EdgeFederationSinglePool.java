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

/**
 * Rule 49: more than one Edge Server of a forest has federation enabled; one finding per forest pointing at every
 * federating Edge Server that has another one beside it. Two drawings of one Edge Server joined by an in-place
 * upgrade are one deployment, not two federating pools. Arguments: {0} forest, {1} how many Edge Servers.
 */
final class EdgeFederationSinglePool implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.EDGE_SERVER;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> federating = new ArrayList<>(2);
        for (Element element : topology.contentsOf(forest.id()).elements(ElementType.EDGE_SERVER)) {
            if (element.isTrue(Properties.FEDERATION_ENABLED)) {
                federating.add(element);
            }
        }
        if (federating.size() < 2) {
            return;
        }
        List<String> subjects = new ArrayList<>(federating.size());
        for (Element edge : federating) {
            for (Element other : federating) {
                if (other != edge && !Coexisting.upgradedInPlace(edge, other, topology)) {
                    subjects.add(edge.id());
                    break;
                }
            }
        }
        if (!subjects.isEmpty()) {
            sink.report(subjects, forest, subjects.size());
        }
    }
}
