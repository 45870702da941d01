package org.coexist.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditsTest {
    private final Edits edits = new Edits(CatalogReader.readBundled(), EditNames.ENGLISH);
    private Topology topology;
    private CommandManager manager;

    @BeforeEach
    void setUp() {
        topology = new Topology("t");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 900, 600));
        topology.addForest(new Forest("f2", "fabrikam.com", 1000, 0, 900, 600));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01",
                "f1", 100, 100));
        topology.addElement(new Element("a1", ElementType.ARCHIVING_SERVER, ProductVersion.LYNC_2013, "arch01",
                "f1", "p1", 120, 160, 0, 0, Map.of(), Map.of()));
        topology.addElement(new Element("s1", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01", "f1",
                500, 100));
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        manager = new CommandManager(topology);
    }

    @Test
    void newElementsGetSensibleNames() {
        manager.execute(edits.addElement(topology, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "f1",
                null, 300, 300));
        assertTrue(topology.elements().stream().anyMatch(e -> e.name().equals("pool01")));
        manager.execute(edits.addElement(topology, ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, "f1",
                null, 300, 300));
        assertTrue(topology.elements().stream().anyMatch(e -> e.name().equals("edge01")));
        assertEquals("Add Edge Server edge01", manager.undoName().orElseThrow());
    }

    @Test
    void movingAPoolMovesItsMembersAndIsOneUndoableCommand() {
        manager.execute(edits.move(topology, List.of("p1", "s1"), 20, 40));
        assertEquals("Move 2 elements", manager.undoName().orElseThrow());
        assertEquals(200, topology.element("a1").y());
        assertEquals(140, topology.element("p1").y());
        manager.undo();
        assertEquals(160, topology.element("a1").y());
        assertEquals(100, topology.element("p1").y());
        manager.redo();
        assertEquals(200, topology.element("a1").y());
    }

    @Test
    void moveIntoAnotherForestTakesTheMembersAlong() {
        manager.execute(edits.moveInto(topology, List.of("p1"), 1000, 0, "f2", null));
        assertEquals("f2", topology.element("p1").forest());
        assertEquals("f2", topology.element("a1").forest());
        assertEquals("p1", topology.element("a1").parent());
        manager.undo();
        assertEquals("f1", topology.element("a1").forest());
    }

    @Test
    void deleteTakesMembersAndTouchingLinksAndUndoRestoresThem() {
        manager.execute(edits.delete(topology, List.of("p1")));
        assertNull(topology.element("a1"));
        assertNull(topology.link("l1"));
        assertEquals(1, topology.elements().size());
        manager.undo();
        assertEquals(3, topology.elements().size());
        assertEquals("p1", topology.link("l1").from());
    }

    @Test
    void pasteCopiesElementsAndTheLinksAmongThem() {
        Clip clip = Clip.of(topology, List.of("p1", "s1"));
        assertEquals(3, clip.elements().size(), "the member comes along");
        manager.execute(edits.paste(topology, clip, 20, 20, "f1", "edit.duplicate"));
        assertEquals(6, topology.elements().size());
        assertEquals(2, topology.links().size());
        assertEquals("Duplicate 3 elements", manager.undoName().orElseThrow());
        Link copy = topology.links().stream().filter(l -> !l.id().equals("l1")).findFirst().orElseThrow();
        assertFalse(copy.from().equals("p1"), "the copy links the copies");
        assertEquals(topology.element(copy.from()).type(), ElementType.FRONT_END_POOL);
    }

    @Test
    void revisionAndModifiedFollowTheHistory() {
        assertFalse(manager.isModified());
        manager.execute(edits.setVersion(topology, "p1", ProductVersion.LYNC_2010));
        assertTrue(manager.isModified());
        manager.markSaved();
        assertFalse(manager.isModified());
        manager.undo();
        assertTrue(manager.isModified());
        manager.redo();
        assertFalse(manager.isModified());
        manager.undo();
        manager.execute(edits.rename(topology, "p1", "poolX"));
        assertTrue(manager.isModified(), "the saved state can no longer be reached");
        assertEquals(5, manager.revision());
    }

    @Test
    void commandNamesShowTypesAndPropertiesInTheLabelsLanguage() {
        var catalog = CatalogReader.readBundled();
        var french = java.util.Locale.FRENCH;
        Edits inFrench = new Edits(catalog, EditNames.forLocale(french),
                new org.coexist.model.catalog.CatalogLabels(catalog, french));
        assertEquals("Ajouter Pool de serveurs frontaux pool02", inFrench.addElement(topology,
                ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "f1", null, 0, 0).name());
        assertEquals("Définir Hôte de pool01", inFrench.setProperty(topology, "p1", "host", "h").name());
        assertEquals("Add Front End Pool pool02", edits.addElement(topology, ElementType.FRONT_END_POOL,
                ProductVersion.LYNC_2013, "f1", null, 0, 0).name());
    }
}
