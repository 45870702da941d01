package org.coexist.io;

import java.util.Locale;

/**
 * Checks, in one pass over the bytes and before any parsing, that a file is text the writer can give back
 * unchanged: well-formed UTF-8 (no overlong forms, no encoded surrogates, nothing past U+10FFFF), no raw control
 * characters below U+0020 (JSON allows only tab, line feed and carriage return unescaped), and no {@code \}{@code u}
 * escape of half a surrogate pair. Jackson accepts some of these and turns them into lone surrogates, which the
 * writer then cannot save in a form the reader takes back.
 *
 * <p>Places are given as {@code line L, column C}, counted as Jackson counts them for syntax errors (columns in
 * bytes from 1), so that every message about a file uses one convention.
 */
final class EncodingCheck {
    /** Bytes that need no second look: ASCII from the space up (DEL too, as JSON allows it) but the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            PLAIN[b] = b != '\\';
        }
        PLAIN['\t'] = true;
        PLAIN['\r'] = true;
    }

    private EncodingCheck() {
    }

    static void check(byte[] bytes, String file) throws TopologyFileException {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            // Most of a file is printable ASCII: one table look-up a byte.
            while (i < n && PLAIN[bytes[i] & 0xFF]) {
                i++;
            }
            if (i == n) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                i++;
                lineStart = i;
            } else if (b == '\\') {
                i = escape(bytes, i, line, lineStart, file);
            } else if (b < 0x80) {
                throw error(file, line, i - lineStart, String.format(Locale.ROOT, "a raw control character (U+%04X)",
                        b), "text without control characters, or the character escaped inside a string");
            } else {
                int length = sequenceLength(bytes, i);
                if (length == 0) {
                    throw error(file, line, i - lineStart, "not valid UTF-8: " + shownBytes(bytes, i),
                            "a file saved as UTF-8");
                }
                i += length;
            }
        }
    }

    /**
     * The length of the well-formed UTF-8 sequence starting at {@code i} (Unicode table 3-7), or 0 when there is
     * none: a stray continuation byte, an overlong form, an encoded surrogate, a code point past U+10FFFF, or a
     * sequence cut short.
     */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int low = 0x80;
        int high = 0xBF;
        int length;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /**
     * Steps over the escape at {@code i}; returns the index after it. A backslash outside a string is a syntax
     * error that the parser reports; here only {@code \}{@code u} escapes of surrogates matter.
     */
    private static int escape(byte[] bytes, int i, int line, int lineStart, String file)
            throws TopologyFileException {
        int unit = hexEscape(bytes, i);
        if (unit < 0) {
            // "\\" is one escape: its second backslash must not start another.
            return i + 2;
        }
        if (Character.isLowSurrogate((char) unit)) {
            throw unpaired(file, line, i - lineStart, unit);
        }
        if (!Character.isHighSurrogate((char) unit)) {
            return i + 6;
        }
        int next = hexEscape(bytes, i + 6);
        if (next < 0 || !Character.isLowSurrogate((char) next)) {
            throw unpaired(file, line, i - lineStart, unit);
        }
        return i + 12;
    }

    /** The code unit of a {@code \}{@code uXXXX} escape at {@code i}, or -1 when there is none. */
    private static int hexEscape(byte[] bytes, int i) {
        if (i + 6 > bytes.length || bytes[i] != '\\' || bytes[i + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = 2; k < 6; k++) {
            int digit = Character.digit(bytes[i + k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    private static TopologyFileException unpaired(String file, int line, int column, int unit) {
        return error(file, line, column, String.format(Locale.ROOT, "the escape \\u%04X is half a surrogate pair "
                + "without its other half", unit), "a character, or a pair of escapes such as \\uD83D\\uDE00");
    }

    private static TopologyFileException error(String file, int line, int offsetInLine, String problem,
                                               String expected) {
        return new TopologyFileException(file, "line " + line + ", column " + (offsetInLine + 1), problem, expected);
    }

    /**
     * The offending sequence as hex, what a hex editor shows: the lead byte and the continuation bytes it
     * announces, up to the first byte that is not one.
     */
    private static String shownBytes(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int announced = lead >= 0xF0 && lead <= 0xF7 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xC0 && lead <= 0xDF ? 2 : 1;
        StringBuilder hex = new StringBuilder(String.format(Locale.ROOT, "%02X", lead));
        int count = 1;
        while (count < announced && i + count < bytes.length && (bytes[i + count] & 0xC0) == 0x80) {
            hex.append(String.format(Locale.ROOT, " %02X", bytes[i + count] & 0xFF));
            count++;
        }
        return count == 1 ? "the byte " + hex + " encodes no character" : "the bytes " + hex + " encode no character";
    }
}
