package org.coexist.model;

import java.util.Arrays;
import java.util.HashMap;
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
    /** Marks in the array of rounds: not yet walked, on the walk in progress, never placeable. */
    private static final int UNKNOWN = -1;
    private static final int VISITING = -2;
    private static final int NO_ROUND = -3;

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
        topology.finishPlacing();
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
     * Places elements in the file's order, except that a member comes after its pool: in one pass, not in rounds
     * that each rescan the members still waiting (quadratic for a long chain of pools listed innermost first).
     * The order is the one those rounds gave, and so the one a saved file keeps: an element's round is its
     * pool's, or the next when its pool comes later in the list; elements go round by round, each round in file
     * order. An element whose chain of pools ends at a missing id, or runs into itself, has no round.
     */
    private static void placePoolsBeforeMembers(List<Element> elements, Topology topology) {
        int count = elements.size();
        Map<String, Integer> indexOf = new HashMap<>(Math.max(16, (int) (count / 0.75f) + 1));
        for (int i = 0; i < count; i++) {
            Element element = elements.get(i);
            if (topology.forest(element.forest()) == null) {
                throw new IllegalArgumentException("element " + element.id() + " names no such forest: "
                        + element.forest());
            }
            indexOf.putIfAbsent(element.id(), i);
        }
        int[] round = rounds(elements, indexOf);
        int[] perRound = new int[count + 1];
        for (int i = 0; i < count; i++) {
            if (round[i] == NO_ROUND) {
                throw new IllegalArgumentException("element " + elements.get(i).id() + " sits in no pool that"
                        + " exists outside itself: " + elements.get(i).parent());
            }
            perRound[round[i]]++;
        }
        // Counting sort by round, stable: the file's order within a round.
        int[] start = new int[count + 1];
        for (int r = 1; r <= count; r++) {
            start[r] = start[r - 1] + perRound[r - 1];
        }
        Element[] ordered = new Element[count];
        for (int i = 0; i < count; i++) {
            ordered[start[round[i]]++] = elements.get(i);
        }
        for (Element element : ordered) {
            place(element, topology);
        }
    }

    /**
     * The round of each element (see {@link #placePoolsBeforeMembers}), or {@link #NO_ROUND}. Each chain of pools
     * is walked once: a walk stops at the first element whose round is known, then fills in the rounds below it.
     */
    private static int[] rounds(List<Element> elements, Map<String, Integer> indexOf) {
        int count = elements.size();
        int[] round = new int[count];
        Arrays.fill(round, UNKNOWN);
        int[] walk = new int[count];
        for (int first = 0; first < count; first++) {
            int depth = 0;
            int current = first;
            int known;
            while (true) {
                if (round[current] >= 0 || round[current] == NO_ROUND) {
                    known = round[current];
                    break;
                }
                if (round[current] == VISITING) {
                    known = NO_ROUND;
                    break;
                }
                String parent = elements.get(current).parent();
                if (parent == null) {
                    round[current] = 0;
                    known = 0;
                    break;
                }
                Integer pool = indexOf.get(parent);
                if (pool == null) {
                    round[current] = NO_ROUND;
                    known = NO_ROUND;
                    break;
                }
                round[current] = VISITING;
                walk[depth++] = current;
                current = pool;
            }
            // Unwinds from the element just below the known one down to where the walk began.
            int above = current;
            for (int k = depth - 1; k >= 0; k--) {
                int member = walk[k];
                round[member] = known == NO_ROUND ? NO_ROUND : known + (above < member ? 0 : 1);
                known = round[member];
                above = member;
            }
        }
        return round;
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
        copy.finishPlacing();
        if (keepPhases) {
            source.phases().forEach(copy::placeChecked);
        }
        return copy;
    }
}
