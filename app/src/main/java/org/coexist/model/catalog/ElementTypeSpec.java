package org.coexist.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;

/**
 * What the catalog says of one element type.
 *
 * @param palette    the palette group id ("communications", "exchange", "sql", "clients", "other")
 * @param namePrefix the stem of names given to new elements ("pool" gives "pool01")
 * @param container     whether other elements may sit in it (pools)
 * @param member        whether it may sit in a container (roles collocated with or attached to a pool)
 * @param versions      the versions it may have, oldest first
 * @param tags          the endpoint groups it belongs to ("server", "client", "chatPool", ...)
 * @param versionLabels the name the type goes by in some versions (an LCS 2005 SP1 Edge Server is an Access Proxy)
 * @param defaultWidth  the size a new element of the type is given (a card, or a pool with room for members)
 */
public record ElementTypeSpec(ElementType type, String label, String palette, String namePrefix, boolean container,
                              boolean member, List<ProductVersion> versions, Set<String> tags, List<String> properties,
                              String icon, Map<ProductVersion, String> versionLabels, double defaultWidth,
                              double defaultHeight) {

    public ElementTypeSpec {
        if (defaultWidth <= 0 || defaultHeight <= 0) {
            throw new IllegalArgumentException(type + ": a default size must be positive");
        }
        versions = List.copyOf(versions);
        tags = Set.copyOf(tags);
        properties = List.copyOf(properties);
        versionLabels = Map.copyOf(versionLabels);
    }

    /** The type's name in that version: "Access Proxy" for an LCS 2005 SP1 Edge Server, else the label. */
    public String label(ProductVersion version) {
        return versionLabels.getOrDefault(version, label);
    }

    public boolean allows(ProductVersion version) {
        return versions.contains(version);
    }

    /** The newest version, which the palette offers first. */
    public ProductVersion newestVersion() {
        return versions.get(versions.size() - 1);
    }
}
