package org.coexist.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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

    private final BoundedFileRead files;
    private final FormatMigrations migrations;
    private final JsonDocumentParser parser;
    private final TopologyBinder binder = new TopologyBinder();
    private final TopologyStreamBinder streamBinder;
    private final ConsistencyCheck consistency;

    /** A reader for user files, refusing files over {@link #DEFAULT_MAX_BYTES}. */
    public TopologyReader(Catalog catalog) {
        this(catalog, DEFAULT_MAX_BYTES, new FormatMigrations());
    }

    /** A reader without a limit of size or tokens, for generated benchmark files. */
    public static TopologyReader unlimited(Catalog catalog) {
        return new TopologyReader(catalog, Long.MAX_VALUE, new FormatMigrations());
    }

    /** For tests: another size limit, or migration steps that production does not have yet. */
    TopologyReader(Catalog catalog, long maxBytes, FormatMigrations migrations) {
        this(catalog, maxBytes, maxBytes == Long.MAX_VALUE ? JsonDocumentParser.UNLIMITED_TOKENS
                : JsonDocumentParser.MAX_TOKENS, migrations);
    }

    /** For tests: another limit of tokens too. */
    TopologyReader(Catalog catalog, long maxBytes, long maxTokens, FormatMigrations migrations) {
        this.consistency = new ConsistencyCheck(catalog);
        this.files = new BoundedFileRead(maxBytes);
        this.migrations = migrations;
        this.parser = new JsonDocumentParser(maxTokens);
        this.streamBinder = new TopologyStreamBinder(maxTokens);
    }

    public Topology read(Path file) throws TopologyFileException {
        return read(bytes(file), file.toString());
    }

    /**
     * The bytes of a file as {@link #read(Path)} reads them: a regular file, within the size limit. For whoever
     * needs them beside the topology, such as a check that a file is already in the canonical layout.
     */
    public byte[] bytes(Path file) throws TopologyFileException {
        return files.read(file);
    }

    public Topology read(byte[] json, String fileName) throws TopologyFileException {
        files.checkSize(json.length, fileName);
        EncodingCheck.check(json, fileName);
        TopologyDocument document = streamBinder.bind(json);
        if (document == null) {
            // An older file, or one with something wrong: the tree path upgrades it or says what is wrong.
            ObjectNode root = migrations.toCurrent(parser.parse(json, fileName), fileName);
            document = binder.bind(root, fileName);
        }
        return build(document, fileName);
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
