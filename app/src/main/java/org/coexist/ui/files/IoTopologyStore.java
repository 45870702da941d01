package org.coexist.ui.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CancellationException;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.ui.kernel.FileStamp;

/**
 * The designer's files through the io layer: the reader refuses bad files whole, the writer saves atomically.
 * Reads in chunks so that a large file shows its progress and can be given up.
 */
public final class IoTopologyStore implements TopologyStore {
    private static final int CHUNK = 256 * 1024;
    private final TopologyReader reader;
    private final TopologyWriter writer = new TopologyWriter();

    public IoTopologyStore(Catalog catalog) {
        this.reader = new TopologyReader(catalog);
    }

    @Override
    public Loaded read(Path file, Progress progress) throws RefusedFileException {
        byte[] bytes;
        try {
            // Only a regular file within the cap is read here, with progress: the reader refuses anything else
            // in its own words, without opening a pipe (which blocks) or reading a device (which never ends).
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || attributes.size() > TopologyReader.DEFAULT_MAX_BYTES) {
                return readWhole(file);
            }
            bytes = readChunks(file, attributes.size(), progress);
            if (bytes == null) {
                return readWhole(file);
            }
        } catch (ClosedByInterruptException e) {
            throw new CancellationException("reading " + file + " was cancelled");
        } catch (IOException e) {
            return readWhole(file);
        }
        progress.update(-1, -1);
        try {
            return new Loaded(reader.read(bytes, file.toString()), FileStamp.of(bytes));
        } catch (TopologyFileException e) {
            throw new RefusedFileException(e.getMessage(), e);
        }
    }

    /** The file's bytes, or null when it holds more than the reader takes, whatever its size said. */
    private static byte[] readChunks(Path file, long size, Progress progress) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.max(size, 16));
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if (progress.isCancelled()) {
                    throw new CancellationException("reading " + file + " was cancelled");
                }
                if (bytes.size() + (long) n > TopologyReader.DEFAULT_MAX_BYTES) {
                    return null;
                }
                bytes.write(chunk, 0, n);
                progress.update(bytes.size(), size);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A file too large, missing or unreadable: the reader refuses it with its own wording. Should it read after
     * all (a passing failure), so much the better.
     */
    private Loaded readWhole(Path file) throws RefusedFileException {
        try {
            Topology topology = reader.read(file);
            return new Loaded(topology, FileStamp.read(file));
        } catch (TopologyFileException e) {
            throw new RefusedFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RefusedFileException(file + ": file: cannot be read (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public FileStamp write(Topology topology, Path file) throws IOException {
        writer.write(topology, file);
        return FileStamp.read(file);
    }
}
