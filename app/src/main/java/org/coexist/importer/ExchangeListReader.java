package org.coexist.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads the three forms of {@code Get-ExchangeServer} output an administrator can hand over: {@code Format-List}
 * text (blocks of {@code Name : value} lines; a long value wraps onto indented lines), {@code Export-Csv} (an
 * optional {@code #TYPE} line, a header, quoted values) and {@code Export-Clixml} ({@code Objs/Obj} with
 * {@code Props}). A list cut short (a record without a name, a row short of fields) is refused whole.
 */
final class ExchangeListReader {
    static final String CLIXML_NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04";

    private ExchangeListReader() {
    }

    /** Whether the text looks like Format-List output of servers: some line starts with "Name" and a colon. */
    static boolean looksLikeFormatList(String text) {
        return text.lines().anyMatch(line -> line.matches("(?i)^Name\\s*:.*"))
                && text.lines().anyMatch(line -> line.matches("(?i)^(AdminDisplayVersion|ServerRole)\\s*:.*"));
    }

    /** Whether the text is CSV with a header naming Name and AdminDisplayVersion or ServerRole. */
    static boolean looksLikeCsv(String text) {
        String header = firstHeaderLine(text);
        return header != null && header.contains(",") && header.toLowerCase(java.util.Locale.ROOT).contains("name")
                && (header.contains("AdminDisplayVersion") || header.contains("ServerRole"));
    }

    static List<ExchangeServer> formatList(String text, String file) throws ImportException {
        List<ExchangeServer> servers = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String lastKey = null;
        int lineNumber = 0;
        int start = 0;
        for (String line : text.split("\\r?\\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                if (!fields.isEmpty()) {
                    servers.add(record(fields, "line " + start, file));
                    fields = new LinkedHashMap<>();
                }
                lastKey = null;
                continue;
            }
            int colon = line.indexOf(':');
            boolean continuation = Character.isWhitespace(line.charAt(0)) && lastKey != null;
            if (continuation || colon < 0) {
                if (lastKey == null) {
                    continue;
                }
                fields.put(lastKey, fields.get(lastKey) + line.strip());
                continue;
            }
            String key = line.substring(0, colon).strip();
            if (key.equalsIgnoreCase("Name") && fields.containsKey("Name")) {
                servers.add(record(fields, "line " + start, file));
                fields = new LinkedHashMap<>();
            }
            if (fields.isEmpty()) {
                start = lineNumber;
            }
            fields.put(key, line.substring(colon + 1).strip());
            lastKey = key;
        }
        if (!fields.isEmpty()) {
            servers.add(record(fields, "line " + start, file));
        }
        return servers;
    }

    static List<ExchangeServer> csv(String text, String file) throws ImportException {
        List<List<String>> rows = Csv.parse(text, file);
        int headerIndex = 0;
        while (headerIndex < rows.size() && rows.get(headerIndex).get(0).startsWith("#")) {
            headerIndex++;
        }
        if (headerIndex >= rows.size()) {
            throw new ImportException(file, "line 1", "no header row");
        }
        List<String> header = rows.get(headerIndex);
        List<ExchangeServer> servers = new ArrayList<>();
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new ImportException(file, "row " + (i + 1), "has " + row.size() + " fields where the header has "
                        + header.size() + "; the list looks cut short, nothing imported");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), row.get(c));
            }
            servers.add(record(fields, "row " + (i + 1), file));
        }
        return servers;
    }

    static List<ExchangeServer> clixml(Element root, String file) throws ImportException {
        List<ExchangeServer> servers = new ArrayList<>();
        int index = 0;
        for (Element obj : SafeXml.children(root, "Obj")) {
            index++;
            Map<String, String> fields = new LinkedHashMap<>();
            for (String set : List.of("Props", "MS")) {
                Element props = SafeXml.child(obj, set);
                if (props == null) {
                    continue;
                }
                for (org.w3c.dom.Node n = props.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element property && property.hasAttribute("N")) {
                        fields.putIfAbsent(property.getAttribute("N"), clixmlValue(property));
                    }
                }
            }
            servers.add(record(fields, "Obj[" + index + "]", file));
        }
        return servers;
    }

    /** A string's text, or for an object (an enum, a version, a site) its ToString. */
    private static String clixmlValue(Element property) {
        if ("Obj".equals(property.getLocalName())) {
            Element text = SafeXml.child(property, "ToString");
            return text == null ? null : text.getTextContent();
        }
        return "Nil".equals(property.getLocalName()) ? null : property.getTextContent();
    }

    private static ExchangeServer record(Map<String, String> fields, String place, String file)
            throws ImportException {
        ExchangeServer server = new ExchangeServer(fields, place);
        if (server.field("Name") == null && server.field("Fqdn") == null) {
            throw new ImportException(file, place, "a server without Name or Fqdn; the list looks cut short, "
                    + "nothing imported");
        }
        if (server.field("AdminDisplayVersion") == null) {
            throw new ImportException(file, place, "server " + server.field("Name") + " has no AdminDisplayVersion; "
                    + "the list looks cut short, nothing imported (list Name, Fqdn, AdminDisplayVersion, ServerRole)");
        }
        return server;
    }

    private static String firstHeaderLine(String text) {
        for (String line : text.split("\\r?\\n", 20)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return line;
            }
        }
        return null;
    }
}
