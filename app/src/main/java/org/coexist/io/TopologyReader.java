package org.coexist.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coexist.model.Element;
import org.coexist.model.Topology;
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
        ObjectNode root = migrations.toCurrent(parser.parse(json, fileName), fileName);
        TopologyDocument document = binder.bind(root, fileName);
        consistency.check(document, fileName);
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

    /** Builds the topology only from a checked document, pools before their members. */
    private static Topology build(TopologyDocument document, String file) throws TopologyFileException {
        try {
            Topology topology = new Topology(document.name());
            topology.setDescription(document.description());
            topology.setExtra(document.extra());
            document.forests().forEach(topology::addForest);
            addPoolsBeforeMembers(document.elements(), topology);
            document.links().forEach(topology::addLink);
            document.phases().forEach(topology::addPhase);
            return topology;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The checks above mirror the model's invariants; should they ever drift, the user still gets a line.
            throw new TopologyFileException(file, "$", "inconsistent: " + e.getMessage(), "a consistent topology", e);
        }
    }

    /**
     * Adds elements in file order, holding back a member until its pool is in: the consistency check has ruled
     * out cycles, so every round adds at least one held-back element.
     */
    private static void addPoolsBeforeMembers(List<Element> elements, Topology topology) {
        List<Element> waiting = new ArrayList<>();
        for (Element element : elements) {
            if (element.parent() == null || topology.element(element.parent()) != null) {
                topology.addElement(element);
            } else {
                waiting.add(element);
            }
        }
        while (!waiting.isEmpty()) {
            List<Element> still = new ArrayList<>();
            for (Element element : waiting) {
                if (topology.element(element.parent()) != null) {
                    topology.addElement(element);
                } else {
                    still.add(element);
                }
            }
            if (still.size() == waiting.size()) {
                throw new IllegalStateException("pools that never arrive: " + still.get(0).parent());
            }
            waiting = still;
        }
    }
}
