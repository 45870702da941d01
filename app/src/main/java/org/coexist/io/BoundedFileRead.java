package org.coexist.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a user's file whole, never more than a limit: only a regular file is opened (a FIFO would block the
 * open itself, and a device such as /dev/zero reports a size of 0 and never ends), and the read stops one byte
 * past the limit whatever size the file system reported, so that a file growing meanwhile is refused too.
 */
final class BoundedFileRead {
    /** The largest array the JVM allocates; a limit above it means "no limit" here. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long maxBytes;

    BoundedFileRead(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(Path file) throws TopologyFileException {
        String name = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new TopologyFileException(name, "file", attributes.isDirectory() ? "is a folder"
                        : "is not a regular file (a device, pipe or socket)", "a topology file");
            }
            checkSize(attributes.size(), name);
            try (InputStream in = Files.newInputStream(file)) {
                int limit = (int) Math.min(maxBytes, MAX_ARRAY);
                byte[] bytes = in.readNBytes(limit);
                if (bytes.length == limit && limit < MAX_ARRAY && in.read() >= 0) {
                    throw new TopologyFileException(name, "file", "the file holds more than "
                            + bytes(maxBytes), "at most " + bytes(maxBytes) + " for a topology file");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new TopologyFileException(name, "file", "no such file", "an existing topology file", e);
        } catch (IOException e) {
            throw new TopologyFileException(name, "file", "cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    "a readable file", e);
        }
    }

    void checkSize(long size, String file) throws TopologyFileException {
        if (size > maxBytes) {
            throw new TopologyFileException(file, "file", "the file is " + bytes(size), "at most " + bytes(maxBytes)
                    + " for a topology file");
        }
    }

    private static String bytes(long size) {
        String exact = String.format(Locale.ROOT, "%,d bytes", size);
        return size < 1024 * 1024 ? exact
                : exact + String.format(Locale.ROOT, " (%.1f MiB)", size / (1024.0 * 1024.0));
    }
}
