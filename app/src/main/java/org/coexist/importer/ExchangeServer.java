package org.coexist.importer;

import java.util.Map;

/**
 * One server of an Exchange server list, whatever its format: the fields by name as the list gave them, and where
 * in the document it stood (for messages).
 */
record ExchangeServer(Map<String, String> fields, String place) {

    String field(String name) {
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                String value = entry.getValue();
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }

    /** A value the console cut at its width: Format-List and Format-Table end it with an ellipsis. */
    static boolean isCut(String value) {
        return value != null && (value.endsWith("...") || value.endsWith("\u2026"));
    }

    /** The value without its ellipsis. */
    static String uncut(String value) {
        if (value.endsWith("...")) {
            return value.substring(0, value.length() - 3);
        }
        return value.endsWith("\u2026") ? value.substring(0, value.length() - 1) : value;
    }
}
