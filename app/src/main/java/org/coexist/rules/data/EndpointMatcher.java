package org.coexist.rules.data;

import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;

/**
 * What one end of a link must be for a data rule to fire: any of some types, any of some versions, of a family,
 * with some property values. An absent condition accepts anything. Types and versions are kept as tables indexed
 * by ordinal so that matching allocates nothing.
 */
public final class EndpointMatcher {
    public static final EndpointMatcher ANY = new EndpointMatcher(null, null, null, Map.of());

    private final boolean[] types;
    private final boolean[] versions;
    private final Family family;
    private final String[] propertyNames;
    private final String[] propertyValues;

    /**
     * @param types      accepted types, or null for any
     * @param versions   accepted versions, or null for any
     * @param family     required family, or null for any
     * @param properties property values the element must carry (string equality)
     */
    public EndpointMatcher(java.util.Set<ElementType> types, java.util.Set<ProductVersion> versions, Family family,
                           Map<String, String> properties) {
        this.types = types == null ? null : table(types, ElementType.values().length);
        this.versions = versions == null ? null : table(versions, ProductVersion.values().length);
        this.family = family;
        this.propertyNames = properties.keySet().toArray(new String[0]);
        this.propertyValues = new String[propertyNames.length];
        for (int i = 0; i < propertyNames.length; i++) {
            propertyValues[i] = properties.get(propertyNames[i]);
        }
    }

    private static boolean[] table(java.util.Set<? extends Enum<?>> members, int size) {
        boolean[] table = new boolean[size];
        for (Enum<?> member : members) {
            table[member.ordinal()] = true;
        }
        return table;
    }

    /** Whether some element of that version may match: the version and family conditions alone. */
    public boolean mayMatch(ProductVersion version) {
        return (versions == null || versions[version.ordinal()]) && (family == null || version.family() == family);
    }

    public boolean matches(Element element) {
        if (types != null && !types[element.type().ordinal()]) {
            return false;
        }
        if (versions != null && !versions[element.version().ordinal()]) {
            return false;
        }
        if (family != null && element.family() != family) {
            return false;
        }
        for (int i = 0; i < propertyNames.length; i++) {
            if (!propertyValues[i].equals(element.stringProperty(propertyNames[i]))) {
                return false;
            }
        }
        return true;
    }
}
