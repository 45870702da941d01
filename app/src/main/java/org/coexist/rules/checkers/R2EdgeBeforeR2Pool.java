package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 59 (inferred): an OCS 2007 R2 Edge Server in a forest whose pools are still OCS 2007 and none is R2: the
 * Edge came first, though migration from OCS 2007 must be inside-out. One finding per R2 Edge Server.
 * Arguments: {0} the Edge Server, {1} forest.
 */
final class R2EdgeBeforeR2Pool implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        boolean ocs2007Pool = false;
        for (Element element : elements) {
            ProductVersion version = element.version();
            if (element.type().isRegistrarPool() && (version == ProductVersion.OCS_2007_R2
                    || version == ProductVersion.OCS_2007) && Coexisting.counts(element, topology)) {
                if (version == ProductVersion.OCS_2007_R2) {
                    return;
                }
                ocs2007Pool = true;
            }
        }
        if (!ocs2007Pool) {
            return;
        }
        for (Element element : elements) {
            if (element.type() == ElementType.EDGE_SERVER && element.version() == ProductVersion.OCS_2007_R2
                    && Coexisting.counts(element, topology)) {
                sink.report(List.of(element.id()), element, forest);
            }
        }
    }
}
