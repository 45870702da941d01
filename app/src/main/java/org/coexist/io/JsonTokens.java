package org.coexist.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of the next value from a parser, for {@link TopologyStreamBinder}: each either returns what the tree
 * path's {@link JsonFields} would, or gives up.
 */
final class JsonTokens {
    private JsonTokens() {
    }

    /** Not an error: the signal to take the tree path. Without a stack trace, as nothing reads it. */
    static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** A list of non-empty strings; null counts as empty. */
    static List<String> ids(JsonParser p) throws IOException, GiveUp {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(token == JsonToken.START_ARRAY);
        List<String> ids = new ArrayList<>();
        for (token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            expect(token == JsonToken.VALUE_STRING);
            String id = p.getText();
            expect(!id.isEmpty());
            ids.add(id);
        }
        return ids;
    }

    /** The free-form properties: an object of plain values, or null for none. */
    static Map<String, Object> properties(JsonParser p) throws IOException, GiveUp {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        expect(token == JsonToken.START_OBJECT);
        return PlainJson.object(p);
    }

    /** Adds an unknown field, kept as a plain value so that it is written back; a key given twice gives up. */
    static Map<String, Object> extra(JsonParser p, String key, Map<String, Object> extra)
            throws IOException, GiveUp {
        Map<String, Object> fields = extra == null ? new LinkedHashMap<>() : extra;
        expect(!fields.containsKey(key));
        fields.put(key, PlainJson.value(p, p.nextToken()));
        return fields;
    }

    static String requiredString(JsonParser p) throws IOException, GiveUp {
        expect(p.nextToken() == JsonToken.VALUE_STRING);
        String text = p.getText();
        expect(!text.isEmpty());
        return text;
    }

    static String optionalString(JsonParser p) throws IOException, GiveUp {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(token == JsonToken.VALUE_STRING);
        return p.getText();
    }

    /** A finite number, as the tree path reads it (-0 as 0); negative ones refused when {@code nonNegative}. */
    static double number(JsonParser p, boolean nonNegative) throws IOException, GiveUp {
        JsonToken token = p.nextToken();
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
        double value = p.getDoubleValue();
        expect(Double.isFinite(value) && !(nonNegative && value < 0));
        return JsonFields.withoutNegativeZero(value);
    }

    static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) throws IOException, GiveUp {
        expect(p.nextToken() == JsonToken.VALUE_STRING);
        E constant = JsonFields.constantNamed(type, p.getText());
        expect(constant != null);
        return constant;
    }

    static int once(int seen, int field) throws GiveUp {
        expect((seen & field) == 0);
        return seen | field;
    }

    static void expect(boolean condition) throws GiveUp {
        if (!condition) {
            throw new GiveUp();
        }
    }

    /** JSON values as the plain Java that {@link JsonFields#plain} makes of them, read from tokens. */
    private static final class PlainJson {
        private PlainJson() {
        }

        static Object value(JsonParser p, JsonToken token) throws IOException, GiveUp {
            return switch (token) {
                case VALUE_STRING -> p.getText();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                // The narrowest type, as the tree keeps it: a saved value reads back equal.
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> p.getIntValue();
                    case LONG -> p.getLongValue();
                    default -> p.getBigIntegerValue();
                };
                case VALUE_NUMBER_FLOAT -> finite(p.getDoubleValue());
                case START_ARRAY -> array(p);
                case START_OBJECT -> object(p);
                default -> throw new GiveUp();
            };
        }

        static Double finite(double value) throws GiveUp {
            expect(Double.isFinite(value));
            return value;
        }

        static List<Object> array(JsonParser p) throws IOException, GiveUp {
            List<Object> items = new ArrayList<>();
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                items.add(value(p, item));
            }
            return Collections.unmodifiableList(items);
        }

        /** The fields of the object whose start the parser is on, in file order. */
        static Map<String, Object> object(JsonParser p) throws IOException, GiveUp {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                int size = map.size();
                map.put(key, value(p, p.nextToken()));
                expect(map.size() > size);
            }
            return Collections.unmodifiableMap(map);
        }
    }
}
