package org.coexist.model.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * Everything a topology holds, as values to compare with equals: forests, elements and links by id (a deleted
 * record that undo puts back goes to the end of its map, which no reader of the design sees), phases in order.
 */
record Snapshot(String name, String description, Map<String, Forest> forests, Map<String, Element> elements,
                Map<String, Link> links, List<Phase> phases) {

    static Snapshot of(Topology topology) {
        Map<String, Forest> forests = new HashMap<>();
        topology.forests().forEach(f -> forests.put(f.id(), f));
        Map<String, Element> elements = new HashMap<>();
        topology.elements().forEach(e -> elements.put(e.id(), e));
        Map<String, Link> links = new HashMap<>();
        topology.links().forEach(l -> links.put(l.id(), l));
        return new Snapshot(topology.name(), topology.description(), Map.copyOf(forests), Map.copyOf(elements),
                Map.copyOf(links), List.copyOf(topology.phases()));
    }
}
