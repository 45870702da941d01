package org.coexist.io;

import java.util.Locale;

/**
 * Text from a file or the file system made fit for one line of a terminal or a dialog: control and formatting
 * characters escaped (a key holding ESC or BEL must not drive the terminal, nor a right-to-left override reorder
 * the line), and names cut short so that a 10,000-character key does not become a 10,000-character message.
 */
public final class OneLine {
    /** The longest name (key, id, value) quoted in a message, in characters. */
    public static final int MAX_NAME = 80;

    private OneLine() {
    }

    /** The text with every control or invisible formatting character written as an escape; never cut. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        int clean = 0;
        while (clean < text.length() && isShown(text, clean)) {
            clean += Character.charCount(text.codePointAt(clean));
        }
        if (clean == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, clean);
        for (int i = clean; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isShown(text, i)) {
                out.appendCodePoint(codePoint);
            } else {
                switch (codePoint) {
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        for (char unit : Character.toChars(codePoint)) {
                            out.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
                        }
                    }
                }
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** The text cut to at most {@code max} characters, "…" marking the cut; a surrogate pair is never split. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = Math.max(1, max - 1);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A name from a file: cut to {@link #MAX_NAME} characters, then escaped. */
    public static String name(String text) {
        return escape(cut(text, MAX_NAME));
    }

    /** Whether the code point at {@code i} can be shown as it is: not a control, a format or a lone surrogate. */
    private static boolean isShown(String text, int i) {
        return switch (Character.getType(text.codePointAt(i))) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> false;
            default -> true;
        };
    }
}
