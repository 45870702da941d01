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
    public static final String API = "api";
    public static final String EXCHANGE_ORGANIZATION_MODE = "exchangeOrganizationMode";

    private Properties() {
    }

    /** An unmodifiable copy that keeps insertion order. */
    public static Map<String, Object> frozen(Map<String, Object> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
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
