package org.coexist.ui.canvas;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;

/**
 * What a screen reader says of a forest, element or link: what it is, its name and version, and each finding
 * about it with its severity ("Front End Pool pool01, Lync Server 2013. Error: …"). The views carry it as their
 * accessible text, and the canvas says it of what Tab reached.
 */
final class Descriptions {
    private final DesignerContext context;

    Descriptions(DesignerContext context) {
        this.context = context;
    }

    static String element(DesignerContext context, Element element, List<Finding> findings) {
        String version = context.catalog().label(element.version()) == null ? element.version().name()
                : context.catalog().label(element.version()).label();
        return withFindings(context.texts(), context.texts().format("a11y.element",
                context.labels().type(element.type(), element.version()), element.name(), version), findings);
    }

    static String forest(DesignerContext context, Forest forest, List<Finding> findings) {
        return withFindings(context.texts(), context.texts().format("a11y.forest", forest.name()), findings);
    }

    static String link(DesignerContext context, Link link, Topology topology, List<Finding> findings) {
        return withFindings(context.texts(), context.texts().format("a11y.link", context.labels().kind(link.kind()),
                nameOf(topology, link.from()), nameOf(topology, link.to())), findings);
    }

    /** The description of the forest, element or link with this id as the model has it now; null if none. */
    String of(String id) {
        Topology topology = context.topology();
        if (topology == null) {
            return null;
        }
        List<Finding> findings = context.scope().validation() == null ? List.of()
                : context.scope().validation().findingsFor(id);
        if (topology.element(id) != null) {
            return element(context, topology.element(id), findings);
        }
        if (topology.forest(id) != null) {
            return forest(context, topology.forest(id), findings);
        }
        return topology.link(id) == null ? null : link(context, topology.link(id), topology, findings);
    }

    private static String nameOf(Topology topology, String elementId) {
        Element element = topology == null ? null : topology.element(elementId);
        return element == null ? elementId : element.name();
    }

    private static String withFindings(Texts texts, String base, List<Finding> findings) {
        StringBuilder text = new StringBuilder(base);
        for (Finding finding : findings) {
            text.append(". ").append(texts.format("a11y.finding", texts.get("severity." + finding.severity().name()),
                    finding.message()));
        }
        return text.toString();
    }
}
