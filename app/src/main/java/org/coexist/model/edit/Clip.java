package org.coexist.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;

/**
 * What copy and cut take: the selected forests with everything in them, the selected elements with the members
 * of selected pools, and the links among those elements. Immutable records, so a clip never changes after copy.
 */
public record Clip(List<Forest> forests, List<Element> elements, List<Link> links) {

    public Clip {
        forests = List.copyOf(forests);
        elements = List.copyOf(elements);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return forests.isEmpty() && elements.isEmpty();
    }

    public static Clip of(Topology topology, Collection<String> ids) {
        List<Forest> forests = new ArrayList<>();
        Set<String> elementIds = new LinkedHashSet<>();
        for (String id : ids) {
            Forest forest = topology.forest(id);
            if (forest != null) {
                forests.add(forest);
                topology.elementsIn(id).forEach(e -> elementIds.add(e.id()));
            } else if (topology.element(id) != null) {
                addWithMembers(topology, id, elementIds);
            }
        }
        List<Element> elements = new ArrayList<>();
        elementIds.forEach(id -> elements.add(topology.element(id)));
        // Parents before members, so paste can add them in order.
        elements.sort((a, b) -> Integer.compare(depth(topology, a), depth(topology, b)));
        List<Link> links = new ArrayList<>();
        for (Link link : topology.links()) {
            if (elementIds.contains(link.from()) && elementIds.contains(link.to())) {
                links.add(link);
            }
        }
        return new Clip(forests, elements, links);
    }

    static void addWithMembers(Topology topology, String id, Set<String> into) {
        if (into.add(id)) {
            for (Element member : topology.childrenOf(id)) {
                addWithMembers(topology, member.id(), into);
            }
        }
    }

    static int depth(Topology topology, Element element) {
        int depth = 0;
        String parent = element.parent();
        while (parent != null && depth < 64) {
            depth++;
            Element next = topology.element(parent);
            parent = next == null ? null : next.parent();
        }
        return depth;
    }
}
