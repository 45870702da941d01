package org.coexist.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coexist.io.CatalogReader;
import org.coexist.ui.files.TopologyStore.Progress;
import org.coexist.ui.files.TopologyStore.RefusedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer opens files as the reader does: a pipe or a device is refused, not read (issue 12). */
class IoTopologyStoreTest {
    private final IoTopologyStore store = new IoTopologyStore(CatalogReader.readBundled());

    @Test
    void refusesAPipeWithoutOpeningIt(@TempDir Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.coexist.json");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo (Linux, macOS)");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> store.read(fifo, Progress.NONE));
        assertEquals(fifo + ": file: is not a regular file (a device, pipe or socket); expected a topology file",
                e.getMessage());
    }

    @Test
    void refusesADevice() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> store.read(zero, Progress.NONE));
        assertEquals("/dev/zero: file: is not a regular file (a device, pipe or socket); expected a topology file",
                e.getMessage());
    }

    @Test
    void opensARegularFile(@TempDir Path dir) throws IOException, RefusedFileException {
        Path file = dir.resolve("t.coexist.json");
        Files.writeString(file, "{\"format\":\"coexist-topology\",\"version\":1,\"name\":\"t\"}");
        assertEquals("t", store.read(file, Progress.NONE).topology().name());
    }
}
