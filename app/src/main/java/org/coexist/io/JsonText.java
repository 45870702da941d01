package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;

/** How parts of a JSON document are named in messages: JSON paths, quoted values, kinds of nodes. */
final class JsonText {
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

    /**
     * A value as it would appear in JSON, cut to {@link OneLine#MAX_NAME} characters ("…" marking the cut) so that
     * a huge or multi-line value keeps messages short, with control and formatting characters escaped.
     */
    static String quote(String text) {
        String shown = OneLine.cut(text, OneLine.MAX_NAME);
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
        return OneLine.escape(out.append('"').toString());
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
            return "a number (" + OneLine.cut(text, OneLine.MAX_NAME) + ")";
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
