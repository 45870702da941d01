package org.coexist.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * Writes topology files in the one canonical layout: fixed key order, two-space indentation, one array item per
 * line, "\n" line ends and a final newline, so that files diff well under version control. Unknown fields read
 * from a file ({@code extra}, {@code properties}) are written back after the known ones.
 */
public final class TopologyWriter {
    /** Files up to this size are written once, kept from the pass that measures them; larger ones twice. */
    private static final long WRITTEN_ONCE = 4L * 1024 * 1024;

    private final JsonFactory factory = JsonFactory.builder().build();
    private final AtomicFileWrite atomicWrite;
    /** What the reader opens: a larger file is not saved. */
    private final long reopenBytes;
    private final long reopenTokens;

    public TopologyWriter() {
        this(UnaryOperator.identity());
    }

    /** For tests: wraps the stream that writes the temporary file, e.g. to fail midway. */
    TopologyWriter(UnaryOperator<OutputStream> streamDecorator) {
        this(streamDecorator, TopologyReader.DEFAULT_MAX_BYTES, JsonDocumentParser.MAX_TOKENS);
    }

    /** For tests: the limits of a reader other than the one users have. */
    TopologyWriter(UnaryOperator<OutputStream> streamDecorator, long reopenBytes, long reopenTokens) {
        this.atomicWrite = new AtomicFileWrite(streamDecorator);
        this.reopenBytes = reopenBytes;
        this.reopenTokens = reopenTokens;
    }

    /**
     * The file's bytes. A large file is written twice, once to count and once into an array of that size: a
     * design of 32 MiB, or one whose unknown values nest deep (each level adds indentation), then needs one copy
     * in memory, not the three of a growing buffer. A small one is kept from the first pass.
     */
    public byte[] toBytes(Topology topology) {
        return bytes(topology, measure(topology, false, WRITTEN_ONCE));
    }

    /** Whether saving the topology would write exactly these bytes: whether they are in the canonical layout. */
    public boolean matches(Topology topology, byte[] bytes) {
        ByteSinks.Comparing comparing = new ByteSinks.Comparing(bytes);
        writeTo(topology, comparing);
        return comparing.matched();
    }

    /**
     * Refuses a topology whose file the reader would refuse: saving writes every field and indents every level,
     * so a file read near the reader's limits can come out past them, and a file that cannot be reopened is work
     * lost. Such a topology is not saved at all.
     */
    public void requireReopenable(Topology topology) throws FileTooLargeException {
        requireReopenable(measure(topology, true, 0));
    }

    private void requireReopenable(ByteSinks.Measuring measured) throws FileTooLargeException {
        if (measured.count() > reopenBytes || measured.tokens() > reopenTokens) {
            throw new FileTooLargeException(String.format(Locale.ROOT, "saved, the file would be %,d bytes with %,d "
                    + "keys, values and brackets, more than Coexist opens (%,d bytes, %,d); nothing was written",
                    measured.count(), measured.tokens(), reopenBytes, reopenTokens));
        }
    }

    private ByteSinks.Measuring measure(Topology topology, boolean tokens, long keepAtMost) {
        ByteSinks.Measuring measuring = new ByteSinks.Measuring(tokens, keepAtMost);
        writeTo(topology, measuring);
        return measuring;
    }

    /** The bytes kept while measuring, or, when there were too many, written again into an array of their size. */
    private byte[] bytes(Topology topology, ByteSinks.Measuring measured) {
        byte[] kept = measured.kept();
        if (kept != null) {
            return kept;
        }
        if (measured.count() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the topology would take " + measured.count()
                    + " bytes: more than one file can hold");
        }
        ByteSinks.IntoArray array = new ByteSinks.IntoArray((int) measured.count());
        writeTo(topology, array);
        return array.bytes();
    }

    private void writeTo(Topology topology, OutputStream out) {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            writeDocument(json, topology);
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
    }

    /**
     * Saves atomically: the file holds either the previous content or all of the new, never a part. A topology
     * whose file could not be opened again is refused ({@link #requireReopenable}) and the file left as it was.
     */
    public void write(Topology topology, Path file) throws IOException {
        ByteSinks.Measuring measured = measure(topology, true, WRITTEN_ONCE);
        requireReopenable(measured);
        byte[] kept = measured.kept();
        if (kept != null) {
            atomicWrite.write(file, kept);
        } else {
            atomicWrite.write(file, out -> stream(topology, out));
        }
    }

    /** Straight into the temporary file, so that a large design is never held in memory as bytes as well. */
    private void stream(Topology topology, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            writeDocument(json, topology);
            json.writeRaw('\n');
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void writeDocument(JsonGenerator json, Topology topology) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FormatMigrations.FORMAT);
        json.writeNumberField("version", FormatMigrations.CURRENT_VERSION);
        json.writeStringField("name", topology.name());
        if (topology.description() != null) {
            json.writeStringField("description", topology.description());
        }
        json.writeArrayFieldStart("forests");
        for (Forest forest : topology.forests()) {
            writeForest(json, forest);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("elements");
        for (Element element : topology.elements()) {
            writeElement(json, element);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (Link link : topology.links()) {
            writeLink(json, link);
        }
        json.writeEndArray();
        if (!topology.phases().isEmpty()) {
            json.writeArrayFieldStart("phases");
            for (Phase phase : topology.phases()) {
                writePhase(json, phase);
            }
            json.writeEndArray();
        }
        writeExtra(json, topology.extra(), TopologyBinder.DOCUMENT_KEYS);
        json.writeEndObject();
    }

    private static void writeForest(JsonGenerator json, Forest forest) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", forest.id());
        json.writeStringField("name", forest.name());
        writeCoordinate(json, "x", forest.x());
        writeCoordinate(json, "y", forest.y());
        writeCoordinate(json, "width", forest.width());
        writeCoordinate(json, "height", forest.height());
        writeProperties(json, forest.properties());
        writeExtra(json, forest.extra(), TopologyBinder.FOREST_KEYS);
        json.writeEndObject();
    }

    private static void writeElement(JsonGenerator json, Element element) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", element.id());
        json.writeStringField("type", element.type().name());
        json.writeStringField("version", element.version().name());
        json.writeStringField("name", element.name());
        json.writeStringField("forest", element.forest());
        if (element.parent() != null) {
            json.writeStringField("parent", element.parent());
        }
        writeCoordinate(json, "x", element.x());
        writeCoordinate(json, "y", element.y());
        // A size is only stored for elements resized on the canvas (pools); 0 means the default size.
        if (element.width() > 0) {
            writeCoordinate(json, "width", element.width());
        }
        if (element.height() > 0) {
            writeCoordinate(json, "height", element.height());
        }
        writeProperties(json, element.properties());
        writeExtra(json, element.extra(), TopologyBinder.ELEMENT_KEYS);
        json.writeEndObject();
    }

    private static void writeLink(JsonGenerator json, Link link) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", link.id());
        json.writeStringField("kind", link.kind().name());
        json.writeStringField("from", link.from());
        json.writeStringField("to", link.to());
        writeProperties(json, link.properties());
        writeExtra(json, link.extra(), TopologyBinder.LINK_KEYS);
        json.writeEndObject();
    }

    private static void writePhase(JsonGenerator json, Phase phase) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", phase.id());
        json.writeStringField("name", phase.name());
        if (!phase.notes().isEmpty()) {
            json.writeStringField("notes", phase.notes());
        }
        json.writeArrayFieldStart("hidden");
        for (String id : phase.hidden()) {
            json.writeString(id);
        }
        json.writeEndArray();
        writeExtra(json, phase.extra(), TopologyBinder.PHASE_KEYS);
        json.writeEndObject();
    }

    /** Integral coordinates as integers (120, not 120.0), so that hand-written files stay as they were. */
    private static void writeCoordinate(JsonGenerator json, String key, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " is " + value + ": a file holds finite numbers only");
        }
        json.writeFieldName(key);
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }

    private static void writeProperties(JsonGenerator json, Map<String, Object> properties) throws IOException {
        if (!properties.isEmpty()) {
            json.writeFieldName("properties");
            writeValue(json, properties);
        }
    }

    /** Unknown fields after the known ones; one that shadows a known key would write a duplicate, so it is not. */
    private static void writeExtra(JsonGenerator json, Map<String, Object> extra, Set<String> known)
            throws IOException {
        for (Map.Entry<String, Object> field : extra.entrySet()) {
            if (!known.contains(field.getKey())) {
                json.writeFieldName(field.getKey());
                writeValue(json, field.getValue());
            }
        }
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            json.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("a property is " + number + ": a file holds finite numbers only");
            }
            json.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("a property value of type " + value.getClass().getName()
                    + " has no JSON form; expected a string, boolean, number, list, map or null");
        }
    }
}
