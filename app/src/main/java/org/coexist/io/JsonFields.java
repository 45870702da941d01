package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;

/**
 * Typed reads of the fields of one file's JSON tree. Each read names the JSON path and what was expected when
 * the field does not fit, so that the binder stays a plain list of fields.
 */
final class JsonFields {
    /** Enum constants by name, built once per enum: a file names thousands of types and versions. */
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new java.util.HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return byName;
        }
    };

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    TopologyFileException error(String path, String problem, String expected) {
        return new TopologyFileException(file, path, problem, expected);
    }

    ObjectNode object(JsonNode node, String path) throws TopologyFileException {
        if (node == null || !node.isObject()) {
            throw error(path, "found " + JsonText.describe(node), "an object");
        }
        return (ObjectNode) node;
    }

    /** The array under the key; empty when the key is absent or null. */
    ArrayNode array(ObjectNode owner, String key, String path) throws TopologyFileException {
        JsonNode node = owner.get(key);
        if (node == null || node.isNull()) {
            return owner.arrayNode();
        }
        if (!node.isArray()) {
            throw error(JsonText.child(path, key), "found " + JsonText.describe(node), "an array");
        }
        return (ArrayNode) node;
    }

    /** A string that must be present and not empty, such as an id or a reference. */
    String requiredString(ObjectNode owner, String key, String path) throws TopologyFileException {
        JsonNode node = owner.get(key);
        if (node != null && node.isTextual() && !node.textValue().isEmpty()) {
            return node.textValue();
        }
        String problem = node == null ? "missing" : node.isTextual() ? "found an empty string"
                : "found " + JsonText.describe(node);
        throw error(JsonText.child(path, key), problem, "a non-empty string");
    }

    /** A string, or null when the key is absent or null. */
    String optionalString(ObjectNode owner, String key, String path) throws TopologyFileException {
        JsonNode node = owner.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw error(JsonText.child(path, key), "found " + JsonText.describe(node), "a string");
        }
        return node.textValue();
    }

    /**
     * A finite number, 0 when the key is absent or -0; when {@code nonNegative}, negative numbers are refused.
     */
    double number(ObjectNode owner, String key, String path, boolean nonNegative) throws TopologyFileException {
        JsonNode node = owner.get(key);
        if (node == null) {
            return 0;
        }
        double value = node.isNumber() ? node.doubleValue() : Double.NaN;
        if (Double.isFinite(value) && !(nonNegative && value < 0)) {
            return withoutNegativeZero(value);
        }
        String expected = nonNegative ? "a number of 0 or more" : "a number";
        throw error(JsonText.child(path, key), "found " + JsonText.describe(node),
                node.isNumber() ? expected + " within range" : expected);
    }

    /**
     * -0 read as 0: the writer writes whole coordinates as integers, where -0 and 0 are one, so a -0 kept in the
     * model would not read back equal.
     */
    static double withoutNegativeZero(double value) {
        return value == 0 ? 0 : value;
    }

    /** The named constant of an enum, from a required string. */
    <E extends Enum<E>> E constant(ObjectNode owner, String key, String path, Class<E> type, String what)
            throws TopologyFileException {
        String text = requiredString(owner, key, path);
        E constant = constantNamed(type, text);
        if (constant != null) {
            return constant;
        }
        throw error(JsonText.child(path, key), "unknown " + what + " " + JsonText.quote(text),
                "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** The constant of the enum with exactly that name, or null. */
    static <E extends Enum<E>> E constantNamed(Class<E> type, String name) {
        return type.cast(CONSTANTS.get(type).get(name));
    }

    /** A list of non-empty strings, empty when the key is absent or null. */
    List<String> strings(ObjectNode owner, String key, String path) throws TopologyFileException {
        ArrayNode array = array(owner, key, path);
        List<String> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual() || item.textValue().isEmpty()) {
                throw error(JsonText.index(JsonText.child(path, key), i), "found " + JsonText.describe(item),
                        "a non-empty string (an id)");
            }
            result.add(item.textValue());
        }
        return result;
    }

    /** The free-form {@code properties} object, empty when absent or null. */
    Map<String, Object> properties(ObjectNode owner, String path) throws TopologyFileException {
        JsonNode node = owner.get("properties");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw error(JsonText.child(path, "properties"), "found " + JsonText.describe(node), "an object");
        }
        return plainObject((ObjectNode) node, () -> JsonText.child(path, "properties"));
    }

    /** Every field whose key the format does not define, kept as plain values so it can be written back. */
    Map<String, Object> extra(ObjectNode owner, Set<String> known, String path) throws TopologyFileException {
        Map<String, Object> extra = null;
        for (Entry<String, JsonNode> field : owner.properties()) {
            if (!known.contains(field.getKey())) {
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                String key = field.getKey();
                extra.put(key, plain(field.getValue(), () -> JsonText.child(path, key)));
            }
        }
        return extra == null ? Map.of() : extra;
    }

    /** A JSON path spelt out only when a message needs it: most fields are fine and never ask. */
    @FunctionalInterface
    interface LazyPath {
        String get();
    }

    /**
     * A JSON value as plain Java: String, Boolean, Integer/Long/BigInteger, Double, List, Map (in file order) or
     * null. Numbers keep the narrowest type so a saved value reads back equal.
     */
    Object plain(JsonNode node, LazyPath path) throws TopologyFileException {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt()) {
                return node.intValue();
            }
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (!Double.isFinite(value)) {
                throw error(path.get(), "found " + JsonText.describe(node), "a number within the range of a double");
            }
            return value;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                int index = i;
                items.add(plain(node.get(i), () -> JsonText.index(path.get(), index)));
            }
            return Collections.unmodifiableList(items);
        }
        return plainObject((ObjectNode) node, path);
    }

    private Map<String, Object> plainObject(ObjectNode node, LazyPath path) throws TopologyFileException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            map.put(key, plain(field.getValue(), () -> JsonText.child(path.get(), key)));
        }
        return Collections.unmodifiableMap(map);
    }
}
