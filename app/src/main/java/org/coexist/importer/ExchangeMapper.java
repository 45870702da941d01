package org.coexist.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coexist.importer.ImportSummary.Category;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Properties;

/**
 * Turns Exchange servers into elements: {@code AdminDisplayVersion} gives the version (6.0 is 2000, 6.5 2003, 8.x
 * 2007, 14.x 2010, 15.0 2013, 15.1 2016, 15.2 2019), each role of {@code ServerRole} its role element on that host,
 * and a server of 2003 or older (its role "None") one legacy Exchange server. A role the catalog does not give that
 * version (Hub Transport on 2013 and later) is skipped with the reason; a value the console cut is taken as far as
 * it is certain.
 */
final class ExchangeMapper {
    private static final Pattern VERSION = Pattern.compile("(?i)Version\\s+(\\d+)\\.(\\d+)");
    private static final Map<String, ElementType> ROLES = Map.of(
            "mailbox", ElementType.MAILBOX_SERVER,
            "clientaccess", ElementType.CLIENT_ACCESS_SERVER,
            "hubtransport", ElementType.HUB_TRANSPORT_SERVER,
            "unifiedmessaging", ElementType.UNIFIED_MESSAGING_SERVER,
            "edge", ElementType.EDGE_TRANSPORT_SERVER);

    private ExchangeMapper() {
    }

    static void map(List<ExchangeServer> servers, Draft draft) {
        for (ExchangeServer server : servers) {
            mapServer(server, draft);
        }
    }

    private static void mapServer(ExchangeServer server, Draft draft) {
        ImportSummary summary = draft.summary();
        String fqdn = certain(server.field("Fqdn"));
        String shortName = certain(server.field("Name"));
        String name = fqdn != null ? fqdn : shortName;
        if (name == null) {
            summary.add(Category.CUT, "cut.name", server.place(), server.field("Name"));
            return;
        }
        String versionText = server.field("AdminDisplayVersion");
        ProductVersion version = version(versionText);
        if (ExchangeServer.isCut(versionText)) {
            summary.add(Category.CUT, "cut.value", name, "AdminDisplayVersion", versionText,
                    version == null ? "-" : versionText.replaceAll("(?i).*?(Version\\s+\\d+\\.\\d+).*", "$1"));
        }
        if (version == null) {
            summary.add(Category.SKIPPED, "skipped.exchangeVersion", name, versionText);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(Properties.HOST, name);
        putIfPresent(properties, "site", certain(server.field("Site")));
        putIfPresent(properties, "edition", certain(server.field("Edition")));
        putIfPresent(properties, "adminDisplayVersion", certain(versionText));
        if (!version.isOlderThan(ProductVersion.EXCHANGE_2007)) {
            List<String> roles = roles(server.field("ServerRole"), name, summary);
            for (String role : roles) {
                ElementType type = ROLES.get(role.toLowerCase(java.util.Locale.ROOT));
                if (type == null) {
                    summary.add(Category.SKIPPED, "skipped.exchangeRole", name, role);
                } else {
                    draft.add(type, version, name, null, properties);
                }
            }
            if (roles.isEmpty()) {
                summary.add(Category.SKIPPED, "skipped.noRoles", name);
            }
        } else {
            draft.add(ElementType.EXCHANGE_SERVER, version, name, null, properties);
        }
        List<String> kept = properties.keySet().stream().filter(k -> !k.equals(Properties.HOST)).toList();
        if (!kept.isEmpty()) {
            summary.add(Category.KEPT, "kept", name, String.join(", ", kept));
        }
    }

    /** The version named by "Version 14.3 (Build 123.4)", or null. A cut value still names it if "X.Y" is whole. */
    static ProductVersion version(String text) {
        if (text == null) {
            return null;
        }
        String certain = ExchangeServer.isCut(text) ? ExchangeServer.uncut(text) : text;
        Matcher m = VERSION.matcher(certain);
        if (!m.find() || (ExchangeServer.isCut(text) && m.end() == certain.length())) {
            // "Version 14.3..." might have been "Version 14.31": only a version followed by more text is whole.
            return null;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return switch (major) {
            case 5 -> minor == 5 ? ProductVersion.EXCHANGE_5_5 : null;
            case 6 -> minor == 0 ? ProductVersion.EXCHANGE_2000 : minor == 5 ? ProductVersion.EXCHANGE_2003 : null;
            case 8 -> ProductVersion.EXCHANGE_2007;
            case 14 -> ProductVersion.EXCHANGE_2010;
            case 15 -> minor == 0 ? ProductVersion.EXCHANGE_2013 : minor == 1 ? ProductVersion.EXCHANGE_2016
                    : minor == 2 ? ProductVersion.EXCHANGE_2019 : null;
            default -> null;
        };
    }

    /** The roles that are certain: a cut list loses its last, partial, name (reported). */
    private static List<String> roles(String text, String server, ImportSummary summary) {
        List<String> roles = new ArrayList<>();
        if (text == null) {
            return roles;
        }
        boolean cut = ExchangeServer.isCut(text);
        String[] parts = (cut ? ExchangeServer.uncut(text) : text).split(",");
        for (int i = 0; i < parts.length; i++) {
            String role = parts[i].strip();
            boolean last = i == parts.length - 1;
            if (role.isEmpty() || "None".equalsIgnoreCase(role)) {
                continue;
            }
            if (cut && last && !ROLES.containsKey(role.toLowerCase(java.util.Locale.ROOT))) {
                summary.add(Category.CUT, "cut.value", server, "ServerRole", text, String.join(", ", roles));
                continue;
            }
            roles.add(role);
        }
        return roles;
    }

    /** The value when it was not cut, else null: a cut name or site is not certain. */
    private static String certain(String value) {
        return value == null || ExchangeServer.isCut(value) ? null : value;
    }

    private static void putIfPresent(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
