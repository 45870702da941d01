package org.coexist.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import static org.coexist.io.JsonTokens.constant;
import static org.coexist.io.JsonTokens.expect;
import static org.coexist.io.JsonTokens.extra;
import static org.coexist.io.JsonTokens.ids;
import static org.coexist.io.JsonTokens.number;
import static org.coexist.io.JsonTokens.once;
import static org.coexist.io.JsonTokens.optionalString;
import static org.coexist.io.JsonTokens.properties;
import static org.coexist.io.JsonTokens.requiredString;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;

/**
 * Binds a well-formed file of the current version straight from the parser's tokens to model records, without
 * building a tree first: opening a large design is dominated by reading it.
 *
 * <p>It only knows how to succeed. At the first doubt (a syntax error, a value over the limits, a key given twice,
 * a field that does not fit, a missing or older header) it gives up and returns null, and the reader takes the
 * tree path ({@link JsonDocumentParser}, {@link FormatMigrations}, {@link TopologyBinder}), which upgrades older
 * files and says precisely what is wrong. So a document it returns is exactly the one the tree path would bind,
 * and every refusal still comes from one place.
 */
final class TopologyStreamBinder {
    private static final int FORMAT = 1;
    private static final int VERSION = 1 << 1;
    private static final int NAME = 1 << 2;
    private static final int DESCRIPTION = 1 << 3;
    private static final int FORESTS = 1 << 4;
    private static final int ELEMENTS = 1 << 5;
    private static final int LINKS = 1 << 6;
    private static final int PHASES = 1 << 7;
    private static final int HEADER = FORMAT | VERSION;

    // Record fields: one bit each, so that a key given twice is noticed without a set per object.
    private static final int ID = 1;
    private static final int TYPE = 1 << 1;
    private static final int KIND = 1 << 2;
    private static final int TITLE = 1 << 3;
    private static final int FOREST = 1 << 4;
    private static final int PARENT = 1 << 5;
    private static final int X = 1 << 6;
    private static final int Y = 1 << 7;
    private static final int WIDTH = 1 << 8;
    private static final int HEIGHT = 1 << 9;
    private static final int PROPERTIES = 1 << 10;
    private static final int FROM = 1 << 11;
    private static final int TO = 1 << 12;
    private static final int NOTES = 1 << 13;
    private static final int HIDDEN = 1 << 14;
    private static final int PRODUCT = 1 << 15;

    private final JsonFactory factory;

    /** A binder with the limits of user files. */
    TopologyStreamBinder() {
        this(JsonDocumentParser.MAX_TOKENS);
    }

    TopologyStreamBinder(long maxTokens) {
        this.factory = JsonDocumentParser.factory(maxTokens);
    }

    /** The bound document, or null when the file must take the tree path. */
    TopologyDocument bind(byte[] json) {
        try (JsonParser parser = factory.createParser(json)) {
            return document(parser);
        } catch (IOException | JsonTokens.GiveUp | RuntimeException e) {
            // Whatever went wrong, the tree path finds it again and names it properly.
            return null;
        }
    }

    private static TopologyDocument document(JsonParser p) throws IOException, JsonTokens.GiveUp {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        int seen = 0;
        String name = null;
        String description = null;
        List<Forest> forests = List.of();
        List<Element> elements = List.of();
        List<Link> links = List.of();
        List<Phase> phases = List.of();
        Map<String, Object> extra = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "format" -> {
                    seen = once(seen, FORMAT);
                    expect(p.nextToken() == JsonToken.VALUE_STRING && FormatMigrations.FORMAT.equals(p.getText()));
                }
                case "version" -> {
                    seen = once(seen, VERSION);
                    expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() == JsonParser.NumberType.INT
                            && p.getIntValue() == FormatMigrations.CURRENT_VERSION);
                }
                case "name" -> {
                    seen = once(seen, NAME);
                    name = optionalString(p);
                }
                case "description" -> {
                    seen = once(seen, DESCRIPTION);
                    description = optionalString(p);
                }
                case "forests" -> {
                    seen = once(seen, FORESTS);
                    forests = records(p, TopologyStreamBinder::forest);
                }
                case "elements" -> {
                    seen = once(seen, ELEMENTS);
                    elements = records(p, TopologyStreamBinder::element);
                }
                case "links" -> {
                    seen = once(seen, LINKS);
                    links = records(p, TopologyStreamBinder::link);
                }
                case "phases" -> {
                    seen = once(seen, PHASES);
                    phases = records(p, TopologyStreamBinder::phase);
                }
                default -> extra = extra(p, key, extra);
            }
        }
        expect((seen & HEADER) == HEADER && p.nextToken() == null);
        return new TopologyDocument(name == null ? "" : name, description, extra == null ? Map.of() : extra,
                forests, elements, links, phases);
    }

    /** Reads one kind of record from the parser positioned on its start. */
    @FunctionalInterface
    private interface RecordReader<T> {
        T read(JsonParser p) throws IOException, JsonTokens.GiveUp;
    }

    /** An array of records; null counts as an empty array, as on the tree path. */
    private static <T> List<T> records(JsonParser p, RecordReader<T> reader) throws IOException, JsonTokens.GiveUp {
        List<T> records = new ArrayList<>();
        if (openArray(p)) {
            while (nextObject(p)) {
                records.add(reader.read(p));
            }
        }
        return records;
    }

    /** Steps into an array of records: false for null, which counts as an empty array as on the tree path. */
    private static boolean openArray(JsonParser p) throws IOException, JsonTokens.GiveUp {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        expect(token == JsonToken.START_ARRAY);
        return true;
    }

    /** Steps to the next record of an array: true with the parser on its start, false at the end. */
    private static boolean nextObject(JsonParser p) throws IOException, JsonTokens.GiveUp {
        JsonToken token = p.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return false;
        }
        expect(token == JsonToken.START_OBJECT);
        return true;
    }

    /** The fields forests and elements share: where they are drawn, their size and their properties. */
    private static final class Box {
        private int seen;
        private double x;
        private double y;
        private double width;
        private double height;
        private Map<String, Object> properties = Map.of();

        /** Reads the value of one of the shared keys; false, reading nothing, for any other key. */
        boolean read(String key, JsonParser p) throws IOException, JsonTokens.GiveUp {
            switch (key) {
                case "x" -> {
                    seen = once(seen, X);
                    x = number(p, false);
                }
                case "y" -> {
                    seen = once(seen, Y);
                    y = number(p, false);
                }
                case "width" -> {
                    seen = once(seen, WIDTH);
                    width = number(p, true);
                }
                case "height" -> {
                    seen = once(seen, HEIGHT);
                    height = number(p, true);
                }
                case "properties" -> {
                    seen = once(seen, PROPERTIES);
                    properties = properties(p);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private static Forest forest(JsonParser p) throws IOException, JsonTokens.GiveUp {
        int seen = 0;
        String id = null;
        String name = null;
        Box box = new Box();
        Map<String, Object> extra = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, ID);
                    id = requiredString(p);
                }
                case "name" -> {
                    seen = once(seen, TITLE);
                    name = optionalString(p);
                }
                default -> {
                    if (!box.read(key, p)) {
                        extra = extra(p, key, extra);
                    }
                }
            }
        }
        expect(id != null);
        return new Forest(id, name, box.x, box.y, box.width, box.height, box.properties, extra);
    }

    private static Element element(JsonParser p) throws IOException, JsonTokens.GiveUp {
        int seen = 0;
        String id = null;
        ElementType type = null;
        ProductVersion version = null;
        String name = null;
        String forest = null;
        String parent = null;
        Box box = new Box();
        Map<String, Object> extra = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, ID);
                    id = requiredString(p);
                }
                case "type" -> {
                    seen = once(seen, TYPE);
                    type = constant(p, ElementType.class);
                }
                case "version" -> {
                    seen = once(seen, PRODUCT);
                    version = constant(p, ProductVersion.class);
                }
                case "name" -> {
                    seen = once(seen, TITLE);
                    name = optionalString(p);
                }
                case "forest" -> {
                    seen = once(seen, FOREST);
                    forest = requiredString(p);
                }
                case "parent" -> {
                    seen = once(seen, PARENT);
                    parent = optionalString(p);
                    expect(parent == null || !parent.isEmpty());
                }
                default -> {
                    if (!box.read(key, p)) {
                        extra = extra(p, key, extra);
                    }
                }
            }
        }
        expect(id != null && type != null && version != null && forest != null);
        return new Element(id, type, version, name, forest, parent, box.x, box.y, box.width, box.height, box.properties,
                extra);
    }

    private static Link link(JsonParser p) throws IOException, JsonTokens.GiveUp {
        int seen = 0;
        String id = null;
        LinkKind kind = null;
        String from = null;
        String to = null;
        Map<String, Object> properties = Map.of();
        Map<String, Object> extra = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, ID);
                    id = requiredString(p);
                }
                case "kind" -> {
                    seen = once(seen, KIND);
                    kind = constant(p, LinkKind.class);
                }
                case "from" -> {
                    seen = once(seen, FROM);
                    from = requiredString(p);
                }
                case "to" -> {
                    seen = once(seen, TO);
                    to = requiredString(p);
                }
                case "properties" -> {
                    seen = once(seen, PROPERTIES);
                    properties = properties(p);
                }
                default -> extra = extra(p, key, extra);
            }
        }
        expect(id != null && kind != null && from != null && to != null);
        return new Link(id, kind, from, to, properties, extra);
    }

    private static Phase phase(JsonParser p) throws IOException, JsonTokens.GiveUp {
        int seen = 0;
        String id = null;
        String name = null;
        String notes = null;
        List<String> hidden = List.of();
        Map<String, Object> extra = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            switch (key) {
                case "id" -> {
                    seen = once(seen, ID);
                    id = requiredString(p);
                }
                case "name" -> {
                    seen = once(seen, TITLE);
                    name = optionalString(p);
                }
                case "notes" -> {
                    seen = once(seen, NOTES);
                    notes = optionalString(p);
                }
                case "hidden" -> {
                    seen = once(seen, HIDDEN);
                    hidden = ids(p);
                }
                default -> extra = extra(p, key, extra);
            }
        }
        expect(id != null);
        return new Phase(id, name, notes, hidden, extra);
    }
}
