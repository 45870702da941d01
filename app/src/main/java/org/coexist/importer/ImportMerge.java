package org.coexist.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;

/**
 * An imported topology's forest, made ready to join an open design as a new forest: fresh ids that the design does
 * not use, and placed to the right of everything the design already shows. Pools come before their members, so the
 * records can be added in order.
 */
public final class ImportMerge {
    private static final double GAP = 60;

    private ImportMerge() {
    }

    /** The records to add: one forest, its elements (pools first) and links. */
    public record Addition(Forest forest, List<Element> elements, List<Link> links) {
        public int size() {
            return elements.size();
        }
    }

    public static Addition into(Topology target, Topology imported) {
        Set<String> taken = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        double right = 0;
        double top = Double.MAX_VALUE;
        for (Forest forest : target.forests()) {
            right = Math.max(right, forest.x() + forest.width());
            top = Math.min(top, forest.y());
        }
        for (Element element : target.elements()) {
            right = Math.max(right, element.x() + Math.max(element.width(), 170));
        }
        double x = target.forests().isEmpty() && target.elements().isEmpty() ? 40 : Math.round(right + GAP);
        double y = top == Double.MAX_VALUE ? 40 : top;
        Forest source = imported.forests().iterator().next();
        double dx = x - source.x();
        double dy = y - source.y();
        Forest forest = new Forest(fresh(target, taken, "f"), source.name(), x, y, source.width(), source.height(),
                source.properties(), source.extra());
        ids.put(source.id(), forest.id());
        for (Element element : imported.elements()) {
            ids.put(element.id(), fresh(target, taken, "e"));
        }
        List<Element> elements = new ArrayList<>();
        for (boolean members : new boolean[] {false, true}) {
            for (Element element : imported.elements()) {
                if ((element.parent() != null) == members) {
                    elements.add(new Element(ids.get(element.id()), element.type(), element.version(), element.name(),
                            forest.id(), element.parent() == null ? null : ids.get(element.parent()),
                            element.x() + dx, element.y() + dy, element.width(), element.height(),
                            element.properties(), element.extra()));
                }
            }
        }
        List<Link> links = new ArrayList<>();
        for (Link link : imported.links()) {
            links.add(new Link(fresh(target, taken, "l"), link.kind(), ids.get(link.from()), ids.get(link.to()),
                    link.properties(), link.extra()));
        }
        return new Addition(forest, elements, links);
    }

    private static String fresh(Topology target, Set<String> taken, String prefix) {
        for (int n = 1; ; n++) {
            String id = "imp-" + prefix + n;
            if (!target.containsId(id) && taken.add(id)) {
                return id;
            }
        }
    }
}
