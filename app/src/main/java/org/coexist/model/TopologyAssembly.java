package org.coexist.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a whole topology at once, as opening a file does. It holds the records to the same invariants as the
 * one-at-a-time mutators of {@link Topology} (ids unique and not empty, elements in a forest that exists, pools
 * that exist and do not contain themselves, links between elements that exist) but checks each once for the
 * whole, and fires no events: no one listens to a topology that does not exist yet.
 */
public final class TopologyAssembly {
    private TopologyAssembly() {
    }

    /**
     * A topology of the given records, in their order except that a member comes after its pool.
     *
     * @throws IllegalArgumentException naming the first record that breaks an invariant; nothing is built then
     */
    public static Topology assemble(String name, String description, Map<String, Object> extra,
                                    List<Forest> forests, List<Element> elements, List<Link> links,
                                    List<Phase> phases) {
        Topology topology = new Topology(name, elements.size(), links.size());
        topology.setDescription(description);
        topology.setExtra(extra);
        for (Forest forest : forests) {
            topology.requireNewId(forest.id());
            topology.placeChecked(forest);
        }
        placePoolsBeforeMembers(elements, topology);
        for (Link link : links) {
            topology.requireNewId(link.id());
            if (topology.element(link.from()) == null || topology.element(link.to()) == null) {
                throw new IllegalArgumentException("link " + link.id() + " joins no such element: "
                        + (topology.element(link.from()) == null ? link.from() : link.to()));
            }
            topology.placeChecked(link);
        }
        // Phases are few, but a file may hold many: their ids go through a set, not the topology's phase list.
        Set<String> phaseIds = new HashSet<>();
        for (Phase phase : phases) {
            topology.requireNewId(phase.id());
            if (!phaseIds.add(phase.id())) {
                throw new IllegalArgumentException("the id " + phase.id() + " is already used");
            }
        }
        phases.forEach(topology::placeChecked);
        return topology;
    }

    /**
     * Places elements in order, holding back a member until its pool is in. A member is only ever placed after
     * its pool, so placed pools never form a cycle; a round that places nothing leaves members whose pools never
     * arrive: missing, or inside themselves.
     */
    private static void placePoolsBeforeMembers(List<Element> elements, Topology topology) {
        List<Element> waiting = new ArrayList<>();
        for (Element element : elements) {
            if (topology.forest(element.forest()) == null) {
                throw new IllegalArgumentException("element " + element.id() + " names no such forest: "
                        + element.forest());
            }
            if (element.parent() == null || topology.element(element.parent()) != null) {
                place(element, topology);
            } else {
                waiting.add(element);
            }
        }
        while (!waiting.isEmpty()) {
            List<Element> still = new ArrayList<>();
            for (Element element : waiting) {
                if (topology.element(element.parent()) != null) {
                    place(element, topology);
                } else {
                    still.add(element);
                }
            }
            if (still.size() == waiting.size()) {
                throw new IllegalArgumentException("element " + still.get(0).id() + " sits in no pool that exists"
                        + " outside itself: " + still.get(0).parent());
            }
            waiting = still;
        }
    }

    /** Ids are checked as elements are placed: one held back is not in the topology before. */
    private static void place(Element element, Topology topology) {
        topology.requireNewId(element.id());
        topology.placeChecked(element);
    }

    /** A copy of the topology without the hidden ids, with its phases or not; see {@link Topology#without}. */
    static Topology without(Topology source, java.util.Collection<String> hiddenIds, boolean keepPhases) {
        Set<String> hidden = new HashSet<>(hiddenIds);
        Topology copy = source.emptyCopy();
        for (Forest forest : source.forests()) {
            if (!hidden.contains(forest.id())) {
                copy.placeChecked(forest);
            }
        }
        for (Element element : source.elements()) {
            if (copy.forest(element.forest()) == null) {
                hidden.add(element.id());
            }
        }
        for (Element element : source.elements()) {
            if (!hidden.contains(element.id())) {
                copy.placeChecked(element.parent() != null && hidden.contains(element.parent())
                        ? element.withPlacement(element.forest(), null) : element);
            }
        }
        for (Link link : source.links()) {
            if (!hidden.contains(link.id()) && !hidden.contains(link.from()) && !hidden.contains(link.to())) {
                copy.placeChecked(link);
            }
        }
        if (keepPhases) {
            source.phases().forEach(copy::placeChecked);
        }
        return copy;
    }
}
