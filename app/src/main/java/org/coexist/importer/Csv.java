package org.coexist.importer;

import java.util.ArrayList;
import java.util.List;

/** The CSV of PowerShell's Export-Csv: comma-separated, values in double quotes, a quote doubled inside them. */
final class Csv {
    private Csv() {
    }

    static List<List<String>> parse(String text, String file) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new ImportException(file, "line " + line, "a quoted value never ends; the list looks cut short, "
                    + "nothing imported");
        }
        if (value.length() > 0 || !row.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }
}
