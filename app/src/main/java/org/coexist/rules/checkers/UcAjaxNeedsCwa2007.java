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
 * Rule 12: a UC AJAX API application in a forest with OCS 2007 R2 but without Communicator Web Access (2007
 * release). Arguments: {0} application, {1} forest.
 */
final class UcAjaxNeedsCwa2007 implements ForestChecker {
    static final String UC_AJAX_API = "UC_AJAX_API";

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!Neighbours.contains(elements, null, ProductVersion.OCS_2007_R2)
                || Neighbours.contains(elements, ElementType.COMMUNICATOR_WEB_ACCESS, ProductVersion.OCS_2007)) {
            return;
        }
        for (Element element : elements) {
            if (element.type() == ElementType.APPLICATION
                    && UC_AJAX_API.equals(element.stringProperty(Properties.API))) {
                sink.report(List.of(element.id()), element, forest);
            }
        }
    }
}
