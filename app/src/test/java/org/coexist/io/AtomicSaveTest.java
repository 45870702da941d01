package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that fails midway, with an exception or an {@link Error}, leaves the previous file byte for byte and no
 * temporary file behind.
 */
class AtomicSaveTest {

    /** Passes the first bytes through, then fails like a full disk. */
    private static final class FailAfter extends FilterOutputStream {
        private int left;
        private int written;

        FailAfter(OutputStream out, int bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            written++;
            out.write(b);
        }
    }

    private Topology sample() throws TopologyFileException {
        return new TopologyReader(CatalogReader.readBundled())
                .read(Fixtures.path("valid/forward-compatible.coexist.json"));
    }

    @Test
    void failureMidwayKeepsThePreviousFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.coexist.json");
        byte[] previous = Files.readAllBytes(Fixtures.path("valid/example.coexist.json"));
        Files.write(file, previous);
        FailAfter[] stream = new FailAfter[1];
        TopologyWriter failing = new TopologyWriter(out -> stream[0] = new FailAfter(out, 500));

        IOException e = assertThrows(IOException.class, () -> failing.write(sample(), file));

        assertEquals("No space left on device", e.getMessage());
        assertEquals(500, stream[0].written, "the failure came midway, after some bytes reached the temp file");
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void anErrorMidwayAlsoKeepsThePreviousFileAndRemovesTheTemporaryOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.coexist.json");
        byte[] previous = Files.readAllBytes(Fixtures.path("valid/example.coexist.json"));
        Files.write(file, previous);
        List<List<Path>> seenMidway = new ArrayList<>();
        TopologyWriter failing = new TopologyWriter(out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 300) {
                    seenMidway.add(list(dir));
                    throw new OutOfMemoryError("Java heap space");
                }
                out.write(b);
            }
        });

        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> failing.write(sample(), file));

        assertEquals("Java heap space", e.getMessage());
        assertEquals(2, seenMidway.get(0).size(), "a temporary file existed beside the file when the error came");
        assertArrayEquals(previous, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void aFailedRenameRemovesTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path occupied = Files.createDirectory(dir.resolve("design.coexist.json"));
        Files.writeString(occupied.resolve("inside.txt"), "a folder where the file should go");
        assertThrows(IOException.class, () -> new TopologyWriter().write(sample(), occupied));
        assertEquals(List.of(occupied), list(dir));
        assertEquals("a folder where the file should go", Files.readString(occupied.resolve("inside.txt")));
    }

    @Test
    void failureOnANewFileLeavesNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new.coexist.json");
        TopologyWriter failing = new TopologyWriter(out -> new FailAfter(out, 10));
        assertThrows(IOException.class, () -> failing.write(sample(), file));
        assertEquals(List.of(), list(dir));
    }

    @Test
    void successReplacesTheFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.coexist.json");
        Files.writeString(file, "old content that is longer than nothing");
        TopologyWriter writer = new TopologyWriter(out -> new FailAfter(out, Integer.MAX_VALUE));
        writer.write(sample(), file);
        assertArrayEquals(writer.toBytes(sample()), Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
