package org.coexist.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for the free-form property maps of forests, elements and links. Values are plain JSON values
 * (String, Boolean, Number, List, Map, or null); unknown names are kept so that files written by newer
 * versions or by scripts survive a round trip.
 */
public final class Properties {
    public static final String HOST = "host";
    public static final String ARCHITECTURE = "architecture";
    public static final String OUTSIDE_VOICE_CONTROL = "outsideVoiceControl";
    public static final String PERSISTENT_CHAT_ENABLED = "persistentChatEnabled";
    public static final String FEDERATION_ENABLED = "federationEnabled";
    public static final String API = "api";
    public static final String EXCHANGE_ORGANIZATION_MODE = "exchangeOrganizationMode";

    private Properties() {
    }

    /** An unmodifiable copy that keeps insertion order. */
    public static Map<String, Object> frozen(Map<String, Object> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        if (source.size() == 1) {
            Map.Entry<String, Object> only = source.entrySet().iterator().next();
            if (only.getValue() != null) {
                return Map.of(only.getKey(), only.getValue());
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** A copy with one entry set; a null value removes the entry. */
    public static Map<String, Object> with(Map<String, Object> source, String key, Object value) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(source);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return frozen(copy);
    }

    /**
     * A host name as compared: trimmed and in lower case (computer names are case-insensitive), or null when
     * blank. Rules ask this often, so a name that is already normal is returned as it is.
     */
    public static String normalisedHost(String host) {
        if (host == null) {
            return null;
        }
        int length = host.length();
        boolean normal = length > 0 && host.charAt(0) > ' ' && host.charAt(length - 1) > ' ';
        for (int i = 0; normal && i < length; i++) {
            char c = host.charAt(i);
            normal = !(c >= 'A' && c <= 'Z') && c < 128;
        }
        if (normal) {
            return host;
        }
        String trimmed = host.strip().toLowerCase(java.util.Locale.ROOT);
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The name of the computer a normalised host names: its first label ("sql01" for "sql01.contoso.com"), so
     * that a bare name and a fully qualified name can be looked up together. An address ("10.0.0.5", "fe80::1")
     * has no such label and is its own name.
     */
    public static String computerName(String normalisedHost) {
        int dot = normalisedHost.indexOf('.');
        if (dot < 0 || isAddress(normalisedHost)) {
            return normalisedHost;
        }
        return normalisedHost.substring(0, dot);
    }

    /** Whether the host is written as an IP address rather than a name. */
    public static boolean isAddress(String normalisedHost) {
        if (normalisedHost.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < normalisedHost.length(); i++) {
            char c = normalisedHost.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    public static String string(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        return value instanceof String s ? s : null;
    }

    /** The boolean value, or null when absent or not a boolean. */
    public static Boolean bool(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        return value instanceof Boolean b ? b : null;
    }
}
