package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of recovery copies, without the designer: what is written, what is offered, what is removed. */
class RecoveryStoreTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final Instant NOON = Instant.parse("2025-03-12T12:00:00Z");

    @TempDir
    Path dir;

    /** A pid no process has: beyond the largest Linux allows, and checked. */
    static long deadPid() {
        long pid = 4_194_304L + 4_321;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private static Topology design(String name, int forests) {
        Topology topology = new Topology(name);
        for (int i = 0; i < forests; i++) {
            topology.addForest(new Forest("f" + i, "forest" + i + ".contoso.com", 40 + i * 400, 40, 360, 300));
        }
        return topology;
    }

    @Test
    void aCopyIsATopologyFileWithWhatItBelongsToBesideIt() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Path original = dir.resolve("contoso.coexist.json");
        Topology design = design("Contoso", 2);

        store.write(new RecoveryCopy("a1", original, "Contoso", NOON, ProcessOwner.current()), design);

        Topology copy = new TopologyReader(CATALOG).read(store.copyFile("a1"));
        assertArrayEquals(new TopologyWriter().toBytes(design), new TopologyWriter().toBytes(copy));
        String about = Files.readString(store.aboutFile("a1"));
        assertTrue(about.contains("\"original\" : " + quoted(original.toAbsolutePath().toString())), about);
        assertTrue(about.contains("\"pid\" : " + ProcessHandle.current().pid()), about);
        assertTrue(about.contains("\"saved\" : \"2025-03-12T12:00:00Z\""), about);
        assertEquals(List.of("a1.coexist.json", "a1.json"), names(store.folder()));
    }

    @Test
    void onlyCopiesOfGoneProcessesAreLeftOvers() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        ProcessOwner gone = new ProcessOwner(deadPid(), null);
        ProcessOwner alive = ProcessOwner.current();
        // This JVM's pid, but another start time: the pid was given to a new process since the owner died.
        ProcessOwner reused = new ProcessOwner(alive.pid(), alive.started() == null ? null
                : alive.started().minusSeconds(3600));
        store.write(new RecoveryCopy("gone", null, "Untitled", NOON, gone), design("A", 1));
        store.write(new RecoveryCopy("alive", null, "Mine", NOON.plusSeconds(60), alive), design("B", 1));
        store.write(new RecoveryCopy("reused", null, "Old", NOON.plusSeconds(120), reused), design("C", 1));

        List<String> offered = store.leftovers().stream().map(RecoveryCopy::id).toList();

        List<String> expected = alive.started() == null ? List.of("gone") : List.of("reused", "gone");
        assertEquals(expected, offered, "newest first; a live process's copy is never a leftover");
        RecoveryCopy first = store.leftovers().get(store.leftovers().size() - 1);
        assertEquals(gone, first.owner());
        assertNull(first.original());
        assertEquals("Untitled", first.name());
    }

    @Test
    void deleteRemovesTheCopyAndItsDescription() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(new RecoveryCopy("d1", null, "X", NOON, new ProcessOwner(deadPid(), null)), design("X", 1));
        store.write(new RecoveryCopy("d2", null, "Y", NOON, new ProcessOwner(deadPid(), null)), design("Y", 1));

        store.delete("d1");
        store.delete("never-written");

        assertEquals(List.of("d2.coexist.json", "d2.json"), names(dir));
    }

    @Test
    void aDescriptionWithoutItsCopyIsRemovedOnlyOnceItsOwnerIsGone() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(new RecoveryCopy("gone", null, "X", NOON, new ProcessOwner(deadPid(), null)), design("X", 1));
        store.write(new RecoveryCopy("live", null, "Y", NOON, ProcessOwner.current()), design("Y", 1));
        Files.delete(store.copyFile("gone"));
        Files.delete(store.copyFile("live"));

        assertEquals(List.of(), store.leftovers());

        assertEquals(List.of("live.json"), names(dir), "a live designer may be about to write its copy");
    }

    @Test
    void claimingACopyTakesItOver() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(new RecoveryCopy("c1", null, "X", NOON, new ProcessOwner(deadPid(), null)), design("X", 1));
        RecoveryCopy leftover = store.leftovers().get(0);

        store.claim(leftover, ProcessOwner.current());

        assertEquals(List.of(), store.leftovers());
        assertTrue(Files.exists(store.copyFile("c1")));
    }

    @Test
    void whatIsNotADescriptionIsLeftAlone() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        Files.writeString(dir.resolve("notes.json"), "{ \"hello\": 1 }");
        Files.writeString(dir.resolve("broken.json"), "{ \"format\": \"coexist-recovery\", ");

        assertEquals(List.of(), store.leftovers());
        assertEquals(List.of("broken.json", "notes.json"), names(dir));
    }

    @Test
    void aMissingFolderHasNoLeftOversAndIsMadeForTheUserAlone() throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("state").resolve("coexist").resolve("recovery"));
        assertEquals(List.of(), store.leftovers());

        store.write(new RecoveryCopy("p1", null, "X", NOON, ProcessOwner.current()), design("X", 0));

        assertTrue(Files.isDirectory(store.folder()));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())));
        }
    }

    @Test
    void ownersAreAliveOnlyWhileTheirProcessRuns() {
        assertTrue(ProcessOwner.current().isAlive());
        assertFalse(new ProcessOwner(deadPid(), null).isAlive());
        assertTrue(new ProcessOwner(ProcessHandle.current().pid(), null).isAlive(), "no start time: the pid decides");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\") + "\"";
    }

    private static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
