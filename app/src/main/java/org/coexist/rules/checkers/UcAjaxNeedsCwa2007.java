package org.coexist.rules.checkers;

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
 * Rule 12: a UC AJAX API application in a forest with OCS 2007 R2 server elements but without Communicator Web
 * Access (2007 release). The application itself, clients and tools do not make a forest R2 (domain.md: server
 * elements). Arguments: {0} application, {1} forest.
 */
final class UcAjaxNeedsCwa2007 implements ForestChecker {
    static final String UC_AJAX_API = "UC_AJAX_API";

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.OCS_2007_R2 || type == ElementType.APPLICATION
                || type == ElementType.COMMUNICATOR_WEB_ACCESS;
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!InPlaceUpgrades.hasCounted(topology, forest.id(), ProductVersion.OCS_2007_R2)
                || InPlaceUpgrades.firstCounted(topology, forest.id(), ProductVersion.OCS_2007,
                        ElementType.COMMUNICATOR_WEB_ACCESS) != null) {
            return;
        }
        for (Element element : topology.contentsOf(forest.id()).elements(ElementType.APPLICATION)) {
            if (UC_AJAX_API.equals(element.stringProperty(Properties.API))) {
                sink.report(List.of(element.id()), element, forest);
            }
        }
    }
}
