package org.coexist.model.catalog;

import java.util.List;
import java.util.Set;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;

/**
 * What the catalog says of one element type.
 *
 * @param palette    the palette group id ("communications", "exchange", "sql", "clients", "other")
 * @param namePrefix the stem of names given to new elements ("pool" gives "pool01")
 * @param container  whether other elements may sit in it (pools)
 * @param versions   the versions it may have, oldest first
 * @param tags       the endpoint groups it belongs to ("server", "client", "chatPool", ...)
 */
public record ElementTypeSpec(ElementType type, String label, String palette, String namePrefix, boolean container,
                              List<ProductVersion> versions, Set<String> tags, List<String> properties, String icon) {

    public ElementTypeSpec {
        versions = List.copyOf(versions);
        tags = Set.copyOf(tags);
        properties = List.copyOf(properties);
    }

    public boolean allows(ProductVersion version) {
        return versions.contains(version);
    }

    /** The newest version, which the palette offers first. */
    public ProductVersion newestVersion() {
        return versions.get(versions.size() - 1);
    }
}
