package org.coexist.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.coexist.io.CatalogReader;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the sequence of commands, undos and redos, some of them failing midway, the topology after
 * each step is the state its history says, a failed command leaves topology, history and revision as they were,
 * what listeners heard replays to the same topology, undoing everything gives back the first topology exactly
 * and redoing everything the last.
 */
class RandomCommandsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();

    @Test
    void undoAllGivesTheFirstTopologyAndRedoAllTheLastWhateverFailedOnTheWay() {
        int failed = 0;
        int unchanged = 0;
        for (long seed = 1; seed <= 50; seed++) {
            int[] counts = run(seed, 120);
            failed += counts[0];
            unchanged += counts[1];
        }
        assertTrue(failed > 500, "the sequences include many failing commands: " + failed);
        assertTrue(unchanged > 100, "and many that change nothing: " + unchanged);
    }

    /** Returns how many commands failed and how many changed nothing. */
    private int[] run(long seed, int steps) {
        Random random = new Random(seed);
        Topology topology = new Topology("random " + seed);
        List<Throwable> reported = new ArrayList<>();
        CommandManager manager = new CommandManager(topology, reported::add);
        // What the listeners heard, replayed: it must follow through every failure and its rollback.
        Topology heard = new Topology(topology.name());
        topology.addListener(change -> Edit.of(change).apply(heard));
        CommandGenerator generator = new CommandGenerator(CATALOG, topology, random);
        List<Snapshot> history = new ArrayList<>(List.of(Snapshot.of(topology)));
        int at = 0;
        long revision = 0;
        int[] counts = new int[2];
        EditCommand kept = null;
        for (int step = 0; step < steps; step++) {
            String where = "seed " + seed + " step " + step + " after " + generator.last;
            int dice = random.nextInt(20);
            if (dice < 2 && at > 0) {
                manager.undo();
                at--;
                revision++;
            } else if (dice < 3 && at < history.size() - 1) {
                manager.redo();
                at++;
                revision++;
            } else {
                EditCommand command = generator.next();
                Command run = command;
                if (dice < 7) {
                    run = failing(command, random.nextInt(command.edits().size() + 1), random.nextBoolean());
                } else if (dice == 7 && kept != null) {
                    run = kept;
                } else if (dice == 8) {
                    kept = command;
                }
                Snapshot before = Snapshot.of(topology);
                String undoName = manager.undoName().orElse(null);
                boolean canRedo = manager.canRedo();
                try {
                    manager.execute(run);
                } catch (RuntimeException | Error e) {
                    counts[0]++;
                    assertEquals(before, Snapshot.of(topology), "rolled back, " + where + ": " + e);
                    assertEquals(undoName, manager.undoName().orElse(null), where);
                    assertEquals(canRedo, manager.canRedo(), where);
                }
                Snapshot after = Snapshot.of(topology);
                if (after.equals(history.get(at))) {
                    counts[1]++;
                } else {
                    history.subList(at + 1, history.size()).clear();
                    history.add(after);
                    at++;
                    revision++;
                }
            }
            assertEquals(history.get(at), Snapshot.of(topology), where);
            assertEquals(revision, manager.revision(), "the revision, " + where);
            assertEquals(at > 0, manager.canUndo(), where);
            assertEquals(at < history.size() - 1, manager.canRedo(), where);
            assertEquals(Snapshot.of(topology), Snapshot.of(heard), "what listeners heard, " + where);
        }
        while (manager.canUndo()) {
            manager.undo();
        }
        assertEquals(history.get(0), Snapshot.of(topology), "seed " + seed + ": undo of all");
        while (manager.canRedo()) {
            manager.redo();
        }
        assertEquals(history.get(history.size() - 1), Snapshot.of(topology), "seed " + seed + ": redo of all");
        assertEquals(List.of(), reported, "seed " + seed);
        return counts;
    }

    /** Applies the first edits of the command, then fails as a bug (or the JVM) would. */
    private static Command failing(EditCommand command, int applied, boolean error) {
        return new Command() {
            @Override
            public String name() {
                return "Failing " + command.name();
            }

            @Override
            public void execute(Topology topology) {
                topology.batch(() -> command.edits().subList(0, applied).forEach(edit -> edit.apply(topology)));
                if (error) {
                    throw new OutOfMemoryError("injected after " + applied + " edits");
                }
                throw new IllegalStateException("injected after " + applied + " edits");
            }

            @Override
            public void undo(Topology topology) {
                command.undo(topology);
            }
        };
    }
}
