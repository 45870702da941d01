package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;

/** What checkers ask of an element's surroundings, in the domain's words. */
final class Neighbours {

    private Neighbours() {
    }

    /** The BACKEND_STORE links of Enterprise pools (FRONT_END_POOL) to the SQL instance. */
    static List<Link> poolBackEnds(Element instance, Topology topology) {
        List<Link> result = new ArrayList<>(2);
        if (instance.type() != ElementType.SQL_INSTANCE) {
            return result;
        }
        for (Link link : topology.linksOf(instance.id())) {
            if (link.kind() == LinkKind.BACKEND_STORE && link.to().equals(instance.id())
                    && topology.element(link.from()).type() == ElementType.FRONT_END_POOL) {
                result.add(link);
            }
        }
        return result;
    }

    /** The first pool or Standard Edition server of that version the element is HOMED_ON, or null. */
    static Element homePoolOf(Element element, ProductVersion version, Topology topology) {
        for (Link link : topology.linksOf(element.id())) {
            if (link.kind() == LinkKind.HOMED_ON && link.from().equals(element.id())) {
                Element pool = topology.element(link.to());
                if (pool.type().isRegistrarPool() && pool.version() == version) {
                    return pool;
                }
            }
        }
        return null;
    }

    static boolean contains(List<Element> elements, ElementType type, ProductVersion version) {
        for (Element element : elements) {
            if ((type == null || element.type() == type) && element.version() == version) {
                return true;
            }
        }
        return false;
    }

    static List<String> ids(List<Element> elements) {
        List<String> ids = new ArrayList<>(elements.size());
        elements.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
