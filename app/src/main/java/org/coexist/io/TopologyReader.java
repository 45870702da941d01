package org.coexist.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.coexist.model.Topology;
import org.coexist.model.TopologyAssembly;
import org.coexist.model.catalog.Catalog;

/**
 * Reads topology files ({@code .coexist.json}, see the README's "The file format"). A file is refused as a whole
 * with a {@link TopologyFileException} naming the file, the place and what was expected; the topology returned
 * is complete and consistent, never half-built.
 */
public final class TopologyReader {
    /** The largest user file read: far above any real design, far below what would strain the heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;
    private final FormatMigrations migrations;
    private final JsonDocumentParser parser = new JsonDocumentParser();
    private final TopologyBinder binder = new TopologyBinder();
    private final TopologyStreamBinder streamBinder = new TopologyStreamBinder();
    private final ConsistencyCheck consistency;

    /** A reader for user files, refusing files over {@link #DEFAULT_MAX_BYTES}. */
    public TopologyReader(Catalog catalog) {
        this(catalog, DEFAULT_MAX_BYTES, new FormatMigrations());
    }

    /** A reader without a size limit, for generated benchmark files. */
    public static TopologyReader unlimited(Catalog catalog) {
        return new TopologyReader(catalog, Long.MAX_VALUE, new FormatMigrations());
    }

    /** For tests: another size limit, or migration steps that production does not have yet. */
    TopologyReader(Catalog catalog, long maxBytes, FormatMigrations migrations) {
        this.consistency = new ConsistencyCheck(catalog);
        this.maxBytes = maxBytes;
        this.migrations = migrations;
    }

    public Topology read(Path file) throws TopologyFileException {
        String name = file.toString();
        byte[] json;
        try {
            long size = Files.size(file);
            checkSize(size, name);
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TopologyFileException(name, "file", "no such file", "an existing topology file", e);
        } catch (IOException e) {
            throw new TopologyFileException(name, "file", "cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    "a readable file", e);
        }
        return read(json, name);
    }

    public Topology read(byte[] json, String fileName) throws TopologyFileException {
        checkSize(json.length, fileName);
        TopologyDocument document = streamBinder.bind(json);
        if (document == null) {
            // An older file, or one with something wrong: the tree path upgrades it or says what is wrong.
            ObjectNode root = migrations.toCurrent(parser.parse(json, fileName), fileName);
            document = binder.bind(root, fileName);
        }
        return build(document, fileName);
    }

    private void checkSize(long size, String file) throws TopologyFileException {
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

    /**
     * Assembles the topology, the model checking its own invariants, then checks what only the catalog knows.
     * Should either fail, the consistency check goes over the document and names the first problem by its place
     * in the file.
     */
    private Topology build(TopologyDocument document, String file) throws TopologyFileException {
        Topology topology;
        IllegalArgumentException broken = null;
        try {
            topology = TopologyAssembly.assemble(document.name(), document.description(), document.extra(),
                    document.forests(), document.elements(), document.links(), document.phases());
        } catch (IllegalArgumentException e) {
            topology = null;
            broken = e;
        }
        if (topology != null && consistency.fitsCatalog(topology)) {
            return topology;
        }
        consistency.check(document, file);
        // The check mirrors the model's invariants; should they ever drift, the user still gets a line.
        String problem = broken == null ? "does not fit the catalog" : broken.getMessage();
        throw new TopologyFileException(file, "$", "inconsistent: " + problem, "a consistent topology", broken);
    }
}
