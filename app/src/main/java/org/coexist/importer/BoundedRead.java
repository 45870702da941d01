package org.coexist.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a document whole, but never more than a cap: a huge file or a zip bomb stops at the cap, not the heap. */
final class BoundedRead {
    /** The same cap as topology files (TopologyReader.DEFAULT_MAX_BYTES). */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private BoundedRead() {
    }

    static byte[] file(Path path, long max) throws ImportException {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return stream(in, max, name, "file");
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "file", "no such file", e);
        } catch (IOException e) {
            throw new ImportException(name, "file", "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Reads at most {@code max} bytes; one more byte and the document is refused. */
    static byte[] stream(InputStream in, long max, String file, String place) throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new ImportException(file, place, "larger than " + mib(max) + "; refused");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String mib(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d bytes", bytes)
                : String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
    }
}
