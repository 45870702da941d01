package org.coexist.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ModelChange;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands as transactions: wholly or not at all, queued when started by a listener, kept only when they change. */
class CommandManagerTest {
    private final Edits edits = new Edits(CatalogReader.readBundled(), EditNames.ENGLISH);
    private final List<Throwable> reported = new ArrayList<>();
    private Topology topology;
    private CommandManager manager;

    @BeforeEach
    void setUp() {
        topology = new Topology("t");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 900, 600));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01",
                "f1", 100, 100));
        topology.addElement(new Element("a1", ElementType.ARCHIVING_SERVER, ProductVersion.LYNC_2013, "arch01",
                "f1", "p1", 120, 160, 0, 0, Map.of(), Map.of()));
        topology.addElement(new Element("s1", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01", "f1",
                500, 100));
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        manager = new CommandManager(topology, reported::add);
        manager.execute(edits.rename(topology, "s1", "sql02"));
    }

    /** A command that runs the given edits, then fails with the given throwable. */
    private static Command failingAfter(List<Edit> applied, RuntimeException failure) {
        return command("fails", t -> {
            applied.forEach(edit -> edit.apply(t));
            throw failure;
        });
    }

    private static Command command(String name, Consumer<Topology> execute) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void execute(Topology t) {
                execute.accept(t);
            }

            @Override
            public void undo(Topology t) {
                throw new UnsupportedOperationException("not undone in this test");
            }
        };
    }

    @Test
    void aCommandThatFailsMidwayIsTakenBackWholeAndLeavesHistoryAsItWas() {
        Snapshot before = Snapshot.of(topology);
        List<ModelChange> heard = new ArrayList<>();
        int[] settled = {0};
        topology.addListener(new TopologyListener() {
            @Override
            public void changed(ModelChange change) {
                heard.add(change);
            }

            @Override
            public void settled() {
                settled[0]++;
            }
        });
        List<Edit> someEdits = new ArrayList<>(edits.move(topology, List.of("p1"), 20, 20).edits());
        someEdits.addAll(edits.delete(topology, List.of("s1")).edits());
        IllegalStateException boom = new IllegalStateException("boom");

        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> manager.execute(failingAfter(someEdits, boom))));

        assertEquals(before, Snapshot.of(topology));
        assertEquals(1, manager.revision());
        assertEquals("Rename sql01", manager.undoName().orElseThrow());
        assertFalse(manager.canRedo());
        assertEquals(8, heard.size(), "4 changes, then their 4 inverses");
        assertEquals(1, settled[0], "listeners settle once, on the state before");
        assertEquals(List.of(), reported);
    }

    @Test
    void anEditThatCannotApplyTakesBackTheEditsBeforeIt() {
        Snapshot before = Snapshot.of(topology);
        List<Edit> list = new ArrayList<>(edits.move(topology, List.of("p1", "s1"), 5, 5).edits());
        list.add(new Edit.OfForest(null, new Forest("p1", "duplicate id", 0, 0, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> manager.execute(new EditCommand("Bad", list)));
        assertEquals(before, Snapshot.of(topology));
        assertEquals(1, manager.revision());
    }

    @Test
    void anErrorIsTakenBackToo() {
        Snapshot before = Snapshot.of(topology);
        List<Edit> moves = edits.move(topology, List.of("p1"), 20, 20).edits();
        Command error = command("error", t -> {
            moves.forEach(edit -> edit.apply(t));
            throw new OutOfMemoryError("simulated");
        });
        assertThrows(OutOfMemoryError.class, () -> manager.execute(error));
        assertEquals(before, Snapshot.of(topology));
    }

    @Test
    void anUndoThatFailsMidwayStaysTheOneToUndo() {
        Command halfUndoable = new Command() {
            @Override
            public String name() {
                return "Half";
            }

            @Override
            public void execute(Topology t) {
                t.replaceElement(t.element("p1").withName("poolX"));
                t.replaceElement(t.element("a1").withName("archX"));
            }

            @Override
            public void undo(Topology t) {
                t.replaceElement(t.element("p1").withName("pool01"));
                throw new IllegalStateException("cannot undo the rest");
            }
        };
        manager.execute(halfUndoable);
        Snapshot done = Snapshot.of(topology);

        assertThrows(IllegalStateException.class, manager::undo);

        assertEquals(done, Snapshot.of(topology));
        assertEquals("Half", manager.undoName().orElseThrow());
        assertFalse(manager.canRedo());
        assertEquals(2, manager.revision());
    }

    @Test
    void aCommandExecutedByAListenerRunsAfterTheCurrentOne() {
        List<String> order = new ArrayList<>();
        boolean[] once = {false};
        topology.addListener(change -> {
            if (!once[0]) {
                once[0] = true;
                manager.execute(edits.rename(topology, "p1", "poolX"));
                order.add("listener returned, p1 is " + topology.element("p1").name());
            }
        });
        manager.addListener(() -> order.add("done: " + manager.undoName().orElseThrow()));

        manager.execute(edits.move(topology, List.of("p1"), 10, 0));

        assertEquals(List.of("listener returned, p1 is pool01", "done: Move pool01",
                "done: Rename pool01"), order);
        assertEquals("poolX", topology.element("p1").name());
        manager.undo();
        assertEquals("pool01", topology.element("p1").name());
        assertEquals(110, topology.element("p1").x(), "the two are separate commands");
    }

    @Test
    void aCommandExecutedByACommandIsQueuedToo() {
        Command nested = command("nested", t -> {
            manager.execute(edits.rename(t, "p1", "x"));
            assertEquals("pool01", t.element("p1").name(), "not run inside");
            t.replaceElement(t.element("a1").withName("archX"));
        });
        manager.execute(nested);
        assertEquals("x", topology.element("p1").name());
        assertEquals("archX", topology.element("a1").name());
        assertEquals("Rename pool01", manager.undoName().orElseThrow());
    }

    @Test
    void aQueuedCommandThatFailsIsReportedAndTakenBack() {
        IllegalStateException boom = new IllegalStateException("queued boom");
        manager.addListener(() -> {
            if (manager.revision() == 2) {
                manager.execute(failingAfter(edits.delete(topology, List.of("l1")).edits(), boom));
            }
        });
        manager.execute(edits.rename(topology, "p1", "poolX"));
        assertEquals(List.of(boom), reported);
        assertTrue(topology.link("l1") != null, "the queued command's deletion was taken back");
        assertEquals("Rename pool01", manager.undoName().orElseThrow());
    }

    @Test
    void aListenerThatThrowsIsReportedAndTheOthersStillHear() {
        RuntimeException modelListener = new IllegalStateException("model listener");
        AssertionError commandListener = new AssertionError("command listener");
        List<ModelChange> heard = new ArrayList<>();
        int[] told = {0};
        topology.addListener(change -> {
            throw modelListener;
        });
        topology.addListener(heard::add);
        manager.addListener(() -> {
            throw commandListener;
        });
        manager.addListener(() -> told[0]++);

        manager.execute(edits.rename(topology, "p1", "poolX"));

        assertEquals(List.of(modelListener, commandListener), reported);
        assertEquals(1, heard.size());
        assertEquals(1, told[0]);
        assertEquals("poolX", topology.element("p1").name(), "a listener's failure does not undo the command");
        assertEquals("Rename pool01", manager.undoName().orElseThrow());
    }

    @Test
    void editsThatChangeNothingAreNotKept() {
        manager.undo();
        int[] told = {0};
        manager.addListener(() -> told[0]++);
        List<EditCommand> nothing = List.of(
                edits.move(topology, List.of("p1", "f1"), 0, 0),
                edits.rename(topology, "p1", "pool01"),
                edits.rename(topology, "f1", "contoso.com"),
                edits.setVersion(topology, "p1", ProductVersion.LYNC_2013),
                edits.setProperty(topology, "p1", "host", null),
                edits.delete(topology, List.of()),
                new EditCommand("Nothing", List.of()));
        for (EditCommand command : nothing) {
            manager.execute(command);
        }
        assertEquals(2, manager.revision(), "one execute and one undo, nothing more");
        assertFalse(manager.canUndo());
        assertTrue(manager.canRedo(), "a command that changed nothing does not clear redo");
        assertEquals(0, told[0]);
    }

    @Test
    void aCommandMadeBeforeTheRecordChangedIsRefused() {
        EditCommand stale = edits.rename(topology, "p1", "old idea");
        manager.execute(edits.move(topology, List.of("p1"), 10, 10));
        Snapshot moved = Snapshot.of(topology);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> manager.execute(stale));
        assertTrue(e.getMessage().startsWith("element has changed since the edit was made"), e.getMessage());
        assertEquals(moved, Snapshot.of(topology));
        assertEquals("Move pool01", manager.undoName().orElseThrow());
    }
}
