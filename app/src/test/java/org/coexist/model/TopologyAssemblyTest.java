package org.coexist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assembling a whole topology holds it to the same invariants as adding its records one at a time. */
class TopologyAssemblyTest {
    private static final Forest F1 = new Forest("f1", "contoso.com", 0, 0, 100, 100);

    private static Element pool(String id) {
        return new Element(id, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, id, "f1", 0, 0);
    }

    private static Element member(String id, String pool) {
        return new Element(id, ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2013, id, "f1", pool, 0, 0, 0, 0,
                Map.of(), Map.of());
    }

    private static Topology assemble(List<Element> elements, List<Link> links, List<Phase> phases) {
        return TopologyAssembly.assemble("t", null, Map.of(), List.of(F1), elements, links, phases);
    }

    @Test
    void placesMembersAfterTheirPoolsAndIndexesEverything() {
        Topology topology = assemble(List.of(member("m1", "p1"), pool("p1"), member("m2", "p1")),
                List.of(new Link("l1", LinkKind.HOMED_ON, "m1", "p1")),
                List.of(new Phase("ph1", "Before", "", List.of("m2"))));
        assertEquals(List.of("p1", "m2", "m1"), topology.elements().stream().map(Element::id).toList());
        assertEquals(List.of("m2", "m1"), topology.childrenOf("p1").stream().map(Element::id).toList());
        assertEquals(3, topology.elementsIn("f1").size());
        assertEquals(List.of("l1"), topology.linksOf("p1").stream().map(Link::id).toList());
        assertTrue(topology.containsId("ph1") && topology.containsId("f1") && topology.containsId("l1"));
        assertFalse(topology.containsId("nothing"));
    }

    @Test
    void placesRoundByRoundInFileOrder() {
        Topology topology = assemble(List.of(member("a", "b"), member("c", "d"), pool("b"), pool("d"),
                member("e", "b")), List.of(), List.of());
        assertEquals(List.of("b", "d", "e", "a", "c"), topology.elements().stream().map(Element::id).toList());
    }

    /** Fuzzing found this chain, innermost pool first, took 13 s: each round placed one pool and rescanned all. */
    @Test
    void placesADeepChainOfPoolsListedInnermostFirst() {
        int depth = 40_000;
        List<Element> chain = new java.util.ArrayList<>();
        for (int i = depth; i >= 1; i--) {
            chain.add(i == 1 ? pool("p1") : new Element("p" + i, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013,
                    "p", "f1", "p" + (i - 1), 0, 0, 0, 0, Map.of(), Map.of()));
        }
        Topology topology = assemble(chain, List.of(), List.of());
        List<String> order = topology.elements().stream().map(Element::id).toList();
        assertEquals(depth, order.size());
        for (int i = 0; i < depth; i++) {
            assertEquals("p" + (i + 1), order.get(i));
        }
        List<Element> broken = new java.util.ArrayList<>(chain);
        broken.set(depth - 1, member("p1", "p0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assemble(broken, List.of(), List.of()));
        assertEquals("element p" + depth + " sits in no pool that exists outside itself: p" + (depth - 1),
                e.getMessage(), "the first element in file order that cannot be placed");
    }

    @Test
    void refusesWhatTheMutatorsRefuse() {
        List<Link> none = List.of();
        List<Phase> noPhases = List.of();
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("f1")), none, noPhases),
                "an element with a forest's id");
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("p1"), pool("p1")), none, noPhases));
        assertThrows(IllegalArgumentException.class,
                () -> assemble(List.of(member("p1", "p0"), pool("p1")), none, noPhases),
                "a held-back member sharing its id with a placed pool");
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(member("m1", "p9")), none, noPhases));
        assertThrows(IllegalArgumentException.class,
                () -> assemble(List.of(member("a", "b"), member("b", "a")), none, noPhases), "a cycle of pools");
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(member("a", "a")), none, noPhases));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(
                new Element("e1", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "s", "f9", 0, 0)), none, noPhases));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("p1")),
                List.of(new Link("l1", LinkKind.HOMED_ON, "p1", "s9")), noPhases));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("p1")),
                List.of(new Link("p1", LinkKind.HOMED_ON, "p1", "p1")), noPhases));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("p1")), none,
                List.of(new Phase("ph1", "", "", List.of()), new Phase("ph1", "", "", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("p1")), none,
                List.of(new Phase("p1", "", "", List.of()))));
        assertThrows(IllegalArgumentException.class, () -> assemble(List.of(pool("")), none, noPhases));
    }

    @Test
    void assembledTopologyStillGuardsItsMutators() {
        Topology topology = assemble(List.of(pool("p1")), List.of(), List.of(new Phase("ph1", "", "", List.of())));
        assertThrows(IllegalArgumentException.class, () -> topology.addElement(pool("ph1")));
        assertThrows(IllegalArgumentException.class, () -> topology.addForest(new Forest("p1", "", 0, 0, 1, 1)));
        topology.removeElement("p1");
        topology.addElement(pool("p1"));
        assertEquals(1, topology.elements().size());
    }

    @Test
    void anAssembledTopologyKnowsWhichOfItsElementsStartWhichLinksAsOneBuiltEdgeByEdge() {
        Element older = new Element("p0", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010, "p0", "f1", 0, 0);
        Link upgrade = new Link("up", LinkKind.UPGRADES_IN_PLACE, new String("p0"), new String("p1"));
        Topology topology = assemble(List.of(older, pool("p1")), List.of(upgrade), List.of());
        assertTrue(topology.startsLink("p0", LinkKind.UPGRADES_IN_PLACE));
        assertTrue(topology.contentsOf("f1").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        assertFalse(topology.contentsOf("f1").starts(ProductVersion.LYNC_2013, LinkKind.UPGRADES_IN_PLACE));
        assertTrue(topology.contentsOf("f1").isUpgradedInPlace(topology.element("p0")));
        Topology copy = topology.copy();
        assertTrue(copy.contentsOf("f1").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        assertTrue(copy.contentsOf("f1").isUpgradedInPlace(copy.element("p0")));
        assertFalse(topology.without(List.of("up")).contentsOf("f1")
                .starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        // The link's ends are the elements' own id strings, whatever strings the caller gave.
        assertTrue(topology.link("up").from() == topology.element("p0").id());
    }
}
