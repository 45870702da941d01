package org.coexist.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
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
    private final JsonFactory factory = JsonFactory.builder().build();
    private final AtomicFileWrite atomicWrite;

    public TopologyWriter() {
        this(UnaryOperator.identity());
    }

    /** For tests: wraps the stream that writes the temporary file, e.g. to fail midway. */
    TopologyWriter(UnaryOperator<OutputStream> streamDecorator) {
        this.atomicWrite = new AtomicFileWrite(streamDecorator);
    }

    public byte[] toBytes(Topology topology) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            writeDocument(json, topology);
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** Saves atomically: the file holds either the previous content or all of the new, never a part. */
    public void write(Topology topology, Path file) throws IOException {
        atomicWrite.write(file, out -> stream(topology, out));
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
