package org.coexist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private Topology topology;
    private final List<ModelChange> changes = new ArrayList<>();
    private int settled;

    @BeforeEach
    void setUp() {
        topology = new Topology("t");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 900, 600));
        topology.addForest(new Forest("f2", "fabrikam.com", 1000, 0, 900, 600));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01",
                "f1", 100, 100));
        topology.addElement(new Element("s1", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01", "f1",
                400, 100).withProperty("host", "SQL01"));
        topology.addListener(new TopologyListener() {
            @Override
            public void changed(ModelChange change) {
                changes.add(change);
            }

            @Override
            public void settled() {
                settled++;
            }
        });
    }

    @Test
    void changesCarryBeforeAndAfterAndSettleOnce() {
        Element before = topology.element("p1");
        topology.replaceElement(before.withVersion(ProductVersion.LYNC_2010));
        assertEquals(1, changes.size());
        ModelChange.ElementChange change = (ModelChange.ElementChange) changes.get(0);
        assertEquals(before, change.before());
        assertEquals(ProductVersion.LYNC_2010, change.after().version());
        assertEquals(1, settled);
    }

    @Test
    void aBatchSettlesOnceAtTheEnd() {
        topology.batch(() -> {
            topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
            topology.replaceElement(topology.element("p1").withName("pool02"));
            assertEquals(0, settled);
        });
        assertEquals(2, changes.size());
        assertEquals(1, settled);
    }

    @Test
    void indexesFollowEdits() {
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        assertEquals(List.of("l1"), topology.linksOf("s1").stream().map(Link::id).toList());
        assertEquals(1, topology.outgoing("p1", LinkKind.BACKEND_STORE).size());
        assertEquals(1, topology.incoming("s1", null).size());
        assertEquals(List.of("s1"), topology.elementsOnComputerNamed("sql01").stream().map(Element::id).toList());

        topology.replaceElement(topology.element("s1").withProperty("host", " SQL02.contoso.com")
                .withPlacement("f2", null));
        assertTrue(topology.elementsOnComputerNamed("sql01").isEmpty());
        assertEquals(1, topology.elementsOnComputerNamed("sql02").size());
        assertEquals(List.of("p1"), topology.elementsIn("f1").stream().map(Element::id).toList());
        assertEquals(List.of("s1"), topology.elementsIn("f2").stream().map(Element::id).toList());

        topology.removeLink("l1");
        assertTrue(topology.linksOf("p1").isEmpty());
    }

    @Test
    void refusesWhatWouldBreakTheModel() {
        assertThrows(IllegalArgumentException.class, () -> topology.addElement(
                new Element("p1", ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, "dup", "f1", 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> topology.addElement(
                new Element("e9", ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, "x", "nowhere", 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> topology.addLink(
                new Link("l9", LinkKind.HOMED_ON, "p1", "missing")));
        assertThrows(IllegalStateException.class, () -> topology.removeForest("f1"));
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        assertThrows(IllegalStateException.class, () -> topology.removeElement("p1"));
        assertThrows(IllegalArgumentException.class, () -> topology.replaceElement(
                new Element("p1", ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, "pool01", "f1", 0, 0)));
    }

    @Test
    void refusesAParentCycle() {
        Element member = new Element("m1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "inner", "f1",
                "p1", 120, 120, 0, 0, java.util.Map.of(), java.util.Map.of());
        topology.addElement(member);
        assertEquals(1, topology.childrenOf("p1").size());
        Element pool = topology.element("p1");
        assertThrows(IllegalArgumentException.class,
                () -> topology.replaceElement(pool.withPlacement("f1", "m1")));
        assertNull(topology.element("p1").parent(), "the refused change left the pool as it was");
    }

    @Test
    void withoutDropsHiddenElementsAndTheirLinks() {
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        Topology phase = topology.without(Set.of("s1"));
        assertNull(phase.element("s1"));
        assertNull(phase.link("l1"));
        assertEquals(1, phase.elements().size());
        assertEquals(2, topology.elements().size(), "the original is untouched");
    }

    @Test
    void newIdsAreUnused() {
        String id = topology.newId("e");
        assertFalse(topology.containsId(id) && id.startsWith("e"));
    }

    @Test
    void aFailingListenerWithoutAReporterFailsTheChangeOnlyAfterTheOthersHeard() {
        List<ModelChange> later = new ArrayList<>();
        topology.addListener(change -> {
            throw new IllegalStateException("first");
        });
        topology.addListener(change -> {
            throw new IllegalStateException("second");
        });
        topology.addListener(later::add);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> topology.replaceElement(topology.element("p1").withName("poolX")));

        assertEquals("first", e.getMessage());
        assertEquals("second", e.getSuppressed()[0].getMessage());
        assertEquals(1, later.size(), "the listener after the failing ones heard of the change");
        assertEquals(1, settled, "and so did every listener of the settled state");
        assertEquals("poolX", topology.element("p1").name(), "the change itself was made");
    }

    @Test
    void aJournalHearsEveryChangeOfItsBatchFirst() {
        List<String> order = new ArrayList<>();
        topology.addListener(change -> order.add("listener"));
        List<ModelChange> journal = new ArrayList<>();
        topology.batch(() -> {
            topology.replaceElement(topology.element("p1").withName("poolX"));
            topology.batch(() -> topology.removeElement("s1"));
        }, change -> {
            journal.add(change);
            order.add("journal");
        });
        topology.replaceElement(topology.element("p1").withName("poolY"));

        assertEquals(2, journal.size(), "not the change after the batch");
        assertEquals(List.of("journal", "listener", "journal", "listener", "listener"), order);
    }

    @Test
    void aForestsElementsByVersionAndTypeKeepTheForestsOrderThroughEdits() {
        topology.addElement(new Element("p2", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010, "pool02", "f1",
                100, 300));
        topology.addElement(new Element("p3", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool03", "f1",
                100, 500));
        assertEquals(List.of("p1", "p3"), ids(topology.contentsOf("f1").elements(ProductVersion.LYNC_2013)));
        topology.replaceElement(topology.element("p1").withVersion(ProductVersion.LYNC_2010));
        topology.replaceElement(topology.element("p1").withVersion(ProductVersion.LYNC_2013));
        assertEquals(List.of("p1", "p3"), ids(topology.contentsOf("f1").elements(ProductVersion.LYNC_2013)),
                "p1 keeps its place in the forest, whatever versions it had meanwhile");
        assertEquals(List.of("p1", "p2", "p3"), ids(topology.contentsOf("f1").elements(
                Set.of(ProductVersion.LYNC_2010, ProductVersion.LYNC_2013))));
        assertEquals(List.of("p1", "p2", "p3"),
                ids(topology.contentsOf("f1").elements(ElementType.FRONT_END_POOL)));
        topology.replaceElement(topology.element("p1").withPlacement("f2", null));
        assertEquals(List.of("p3"), ids(topology.contentsOf("f1").elements(ProductVersion.LYNC_2013)));
        assertEquals(List.of("p1"), ids(topology.contentsOf("f2").elements(ElementType.FRONT_END_POOL)));
        assertEquals("p3", topology.contentsOf("f1").first(ProductVersion.LYNC_2013, e -> true).id());
    }

    @Test
    void aForestKnowsWhetherItsElementsOfAVersionStartALinkOfAKind() {
        topology.addElement(new Element("p2", ElementType.FRONT_END_POOL, ProductVersion.SFB_2015, "pool02", "f1",
                100, 300));
        assertFalse(topology.contentsOf("f1").starts(ProductVersion.LYNC_2013, LinkKind.UPGRADES_IN_PLACE));
        topology.addLink(new Link("up", LinkKind.UPGRADES_IN_PLACE, "p1", "p2"));
        assertTrue(topology.contentsOf("f1").starts(ProductVersion.LYNC_2013, LinkKind.UPGRADES_IN_PLACE));
        assertFalse(topology.contentsOf("f1").starts(ProductVersion.SFB_2015, LinkKind.UPGRADES_IN_PLACE),
                "the link starts at p1, not at p2");
        topology.replaceElement(topology.element("p1").withVersion(ProductVersion.LYNC_2010));
        assertFalse(topology.contentsOf("f1").starts(ProductVersion.LYNC_2013, LinkKind.UPGRADES_IN_PLACE));
        assertTrue(topology.contentsOf("f1").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        topology.replaceElement(topology.element("p1").withPlacement("f2", null));
        assertFalse(topology.contentsOf("f1").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        assertTrue(topology.contentsOf("f2").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        topology.replaceLink(topology.link("up").withKind(LinkKind.MIGRATES_TO));
        assertFalse(topology.contentsOf("f2").starts(ProductVersion.LYNC_2010, LinkKind.UPGRADES_IN_PLACE));
        assertTrue(topology.contentsOf("f2").starts(ProductVersion.LYNC_2010, LinkKind.MIGRATES_TO));
        topology.removeLink("up");
        assertFalse(topology.contentsOf("f2").starts(ProductVersion.LYNC_2010, LinkKind.MIGRATES_TO));
        assertFalse(topology.startsLink("p1", LinkKind.MIGRATES_TO));
    }

    @Test
    void aForestKnowsWhichOfItsElementsAreUpgradedInPlaceAsLinksAndVersionsChange() {
        topology.addElement(new Element("p2", ElementType.FRONT_END_POOL, ProductVersion.SFB_2015, "pool02", "f1",
                100, 300));
        assertFalse(upgraded("f1", "p1"));
        topology.addLink(new Link("up", LinkKind.UPGRADES_IN_PLACE, "p1", "p2"));
        assertTrue(upgraded("f1", "p1"));
        assertFalse(upgraded("f1", "p2"), "the target is the deployment after the upgrade");
        topology.replaceElement(topology.element("p2").withVersion(ProductVersion.EXCHANGE_2016));
        assertFalse(upgraded("f1", "p1"), "a link to another family is no upgrade");
        topology.replaceElement(topology.element("p2").withVersion(ProductVersion.SFB_2019));
        assertTrue(upgraded("f1", "p1"));
        topology.replaceElement(topology.element("p1").withPlacement("f2", null));
        assertTrue(upgraded("f2", "p1"));
        assertFalse(upgraded("f1", "p1"));
        topology.replaceLink(topology.link("up").withKind(LinkKind.MIGRATES_TO));
        assertFalse(upgraded("f2", "p1"));
        topology.replaceLink(topology.link("up").withKind(LinkKind.UPGRADES_IN_PLACE));
        assertTrue(upgraded("f2", "p1"));
        assertTrue(topology.copy().contentsOf("f2").isUpgradedInPlace(topology.element("p1")));
        topology.removeLink("up");
        assertFalse(upgraded("f2", "p1"));
    }

    private boolean upgraded(String forestId, String elementId) {
        return topology.contentsOf(forestId).isUpgradedInPlace(topology.element(elementId));
    }

    private static List<String> ids(List<Element> elements) {
        return elements.stream().map(Element::id).toList();
    }
}
