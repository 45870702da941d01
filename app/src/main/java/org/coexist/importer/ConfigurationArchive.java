package org.coexist.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The zip that {@code Export-CsConfiguration} writes: the topology is in its {@code DocItemSet.xml}. The archive
 * is read as a stream with every entry's decompressed bytes counted against one cap, so a zip bomb stops at the
 * cap instead of filling the heap or the disk.
 */
final class ConfigurationArchive {
    static final String TOPOLOGY_ENTRY = "DocItemSet.xml";
    private static final int MAX_ENTRIES = 10_000;

    private ConfigurationArchive() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The bytes of DocItemSet.xml. */
    static byte[] docItemSet(byte[] zip, String file, long maxBytes) throws ImportException {
        long budget = maxBytes;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException(file, "zip", "more than " + MAX_ENTRIES + " entries; refused");
                }
                String name = entry.getName().replace('\\', '/');
                String place = "zip entry " + name;
                if (name.equalsIgnoreCase(TOPOLOGY_ENTRY) || name.toLowerCase(java.util.Locale.ROOT)
                        .endsWith("/" + TOPOLOGY_ENTRY.toLowerCase(java.util.Locale.ROOT))) {
                    return BoundedRead.stream(in, budget, file, place);
                }
                budget -= discard(in, budget, file, place);
            }
        } catch (ZipException e) {
            throw new ImportException(file, "zip", "not a readable zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(file, "zip", "cannot be read (" + e.getMessage() + ")", e);
        }
        throw new ImportException(file, "zip", "no " + TOPOLOGY_ENTRY + "; not an Export-CsConfiguration archive");
    }

    private static long discard(InputStream in, long budget, String file, String place)
            throws IOException, ImportException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
                throw new ImportException(file, place, "the archive decompresses to more than "
                        + BoundedRead.mib(BoundedRead.MAX_BYTES) + "; refused");
            }
        }
        return total;
    }
}
