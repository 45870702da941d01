package org.coexist.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Lifecycle;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhaseEditsTest {
    private final PhaseEdits edits = new PhaseEdits(EditNames.ENGLISH);
    private Topology topology;
    private CommandManager manager;

    @BeforeEach
    void setUp() {
        topology = new Topology("t");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 900, 600));
        topology.addElement(new Element("old", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "pool01",
                "f1", 100, 100));
        topology.addElement(new Element("new", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool02",
                "f1", 500, 100));
        topology.addPhase(new Phase("p1", "Before", "start", List.of("new")));
        topology.addPhase(new Phase("p2", "Side by side", "", List.of()));
        topology.addPhase(new Phase("p3", "After", "", List.of("old")));
        manager = new CommandManager(topology);
    }

    private List<Phase> phases() {
        return new ArrayList<>(topology.phases());
    }

    @Test
    void addInsertsACopyOfThePreviousStateAndUndoRemovesIt() {
        List<Phase> before = phases();
        manager.execute(edits.add(topology, "Pilot", 1));
        assertEquals("Add phase Pilot", manager.undoName().orElseThrow());
        assertEquals(4, topology.phases().size());
        Phase added = topology.phases().get(1);
        assertEquals("Pilot", added.name());
        assertEquals(List.of("new"), added.hidden(), "a new step starts as the step before it");
        assertFalse(before.stream().anyMatch(p -> p.id().equals(added.id())), "a fresh id");
        manager.undo();
        assertEquals(before, phases());
        manager.redo();
        assertEquals(added, topology.phases().get(1));
    }

    @Test
    void aFirstPhaseStartsLikeTheOneAfterIt() {
        manager.execute(edits.add(topology, "Zero", 0));
        assertEquals(List.of("new"), topology.phases().get(0).hidden());
        Topology empty = new Topology("e");
        new CommandManager(empty).execute(edits.add(empty, "Only", 0));
        assertEquals(List.of(), empty.phases().get(0).hidden());
    }

    @Test
    void removeRenameAndNotesUndoExactly() {
        List<Phase> before = phases();
        manager.execute(edits.remove(topology, "p2"));
        assertEquals(List.of("p1", "p3"), topology.phases().stream().map(Phase::id).toList());
        assertEquals("Delete phase Side by side", manager.undoName().orElseThrow());
        manager.undo();
        assertEquals(before, phases(), "the phase comes back at its place");

        manager.execute(edits.rename(topology, "p3", "Decommission"));
        assertEquals("Decommission", topology.phase("p3").name());
        assertEquals("Rename phase After", manager.undoName().orElseThrow());
        manager.execute(edits.setNotes(topology, "p3", "Turn off pool01.\nThen the SQL."));
        assertEquals("Turn off pool01.\nThen the SQL.", topology.phase("p3").notes());
        assertEquals("Change notes of phase Decommission", manager.undoName().orElseThrow());
        manager.undo();
        manager.undo();
        assertEquals(before, phases());
    }

    @Test
    void unchangedNameOrNotesMakeNoCommand() {
        assertTrue(edits.rename(topology, "p1", "Before").isEmpty());
        assertTrue(edits.setNotes(topology, "p1", "start").isEmpty());
        assertTrue(edits.move(topology, "p1", 0).isEmpty());
    }

    @Test
    void moveReordersAndUndoRestoresTheOrder() {
        List<Phase> before = phases();
        manager.execute(edits.move(topology, "p1", 2));
        assertEquals(List.of("p2", "p3", "p1"), topology.phases().stream().map(Phase::id).toList());
        assertEquals("Move phase Before", manager.undoName().orElseThrow());
        manager.execute(edits.move(topology, "p3", 0));
        assertEquals(List.of("p3", "p2", "p1"), topology.phases().stream().map(Phase::id).toList());
        manager.undo();
        manager.undo();
        assertEquals(before, phases());
        manager.redo();
        assertEquals(List.of("p2", "p3", "p1"), topology.phases().stream().map(Phase::id).toList());
    }

    @Test
    void lifecycleRewritesEveryHiddenListAsOneCommand() {
        List<Phase> before = phases();
        // pool02 deployed in phase 2 (index 1) already; now retire it in phase 3 as well.
        manager.execute(edits.setLifecycle(topology, "new", 1, 2));
        assertEquals("Change phases of pool02", manager.undoName().orElseThrow());
        assertEquals(List.of("new"), topology.phase("p1").hidden());
        assertEquals(List.of(), topology.phase("p2").hidden());
        assertEquals(List.of("old", "new"), topology.phase("p3").hidden());
        assertEquals(new Lifecycle(1, 2, false), Lifecycle.of(topology.phases(), "new"));
        manager.undo();
        assertEquals(before, phases());

        manager.execute(edits.setLifecycle(topology, "new", 0, 3));
        assertTrue(topology.phases().stream().noneMatch(p -> p.hidden().contains("new")), "visible throughout");
        manager.undo();
        assertEquals(before, phases());
    }

    @Test
    void lifecycleIsDerivedFromHiddenLists() {
        assertEquals(new Lifecycle(1, 3, false), Lifecycle.of(topology.phases(), "new"));
        assertEquals(new Lifecycle(0, 2, false), Lifecycle.of(topology.phases(), "old"));
        assertEquals(new Lifecycle(0, 3, false), Lifecycle.of(topology.phases(), "elsewhere"));
        // Hidden in the middle only: no interval says so.
        topology.replacePhase(topology.phase("p2").withHidden(List.of("old")));
        topology.replacePhase(topology.phase("p3").withHidden(List.of()));
        assertTrue(Lifecycle.of(topology.phases(), "old").custom());
        assertTrue(Lifecycle.of(List.of(new Phase("x", "x", "", List.of("a"))), "a").custom(), "hidden everywhere");
        assertFalse(Lifecycle.of(List.of(), "a").custom());
    }
}
