package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;

/** How parts of a JSON document are named in messages: JSON paths, quoted values, kinds of nodes. */
final class JsonText {
    private static final int MAX_QUOTED = 60;

    private JsonText() {
    }

    /** {@code $.elements} for a plain name, {@code $["odd name"]} for anything else. */
    static String child(String path, String name) {
        return isPlain(name) ? path + "." + name : path + "[" + quote(name) + "]";
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A value as it would appear in JSON, shortened so that a huge or multi-line value keeps messages short. */
    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** What a node is, for "a number (5); expected a string". */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "a string (" + quote(node.textValue()) + ")";
        }
        if (node.isNumber()) {
            String text = node.asText();
            return "a number (" + (text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text) + ")";
        }
        if (node.isBoolean()) {
            return "a boolean (" + node.asText() + ")";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
