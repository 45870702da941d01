package org.coexist.model;

import java.util.Map;
import java.util.Objects;

/**
 * A server role, pool, client population, application or SQL instance placed in a forest.
 * Immutable; an edit replaces it in the topology, so change events can carry before and after.
 *
 * @param parent the pool this element sits in, or null
 * @param width  0 when the element has its default size (only pools are usually resized)
 * @param extra  unknown top-level fields of the file, kept and written back
 */
public record Element(String id, ElementType type, ProductVersion version, String name, String forest,
                      String parent, double x, double y, double width, double height,
                      Map<String, Object> properties, Map<String, Object> extra) {

    public Element {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(forest, "forest");
        name = name == null ? "" : name;
        properties = Properties.frozen(properties);
        extra = Properties.frozen(extra);
    }

    public Element(String id, ElementType type, ProductVersion version, String name, String forest,
                   double x, double y) {
        this(id, type, version, name, forest, null, x, y, 0, 0, Map.of(), Map.of());
    }

    public Family family() {
        return version.family();
    }

    /** The computer this element runs on; two elements with one host share hardware. */
    public String host() {
        return Properties.normalisedHost(Properties.string(properties, Properties.HOST));
    }

    public String architecture() {
        return Properties.string(properties, Properties.ARCHITECTURE);
    }

    public String stringProperty(String key) {
        return Properties.string(properties, key);
    }

    public boolean isTrue(String key) {
        return Boolean.TRUE.equals(Properties.bool(properties, key));
    }

    /** Whether the two differ at most in where they are drawn: position and size mean nothing to any rule. */
    public boolean sameButForGeometry(Element other) {
        return other != null && id.equals(other.id) && type == other.type && version == other.version
                && name.equals(other.name) && forest.equals(other.forest)
                && Objects.equals(parent, other.parent) && properties.equals(other.properties)
                && extra.equals(other.extra);
    }

    public Element withVersion(ProductVersion newVersion) {
        return new Element(id, type, newVersion, name, forest, parent, x, y, width, height, properties, extra);
    }

    public Element withName(String newName) {
        return new Element(id, type, version, newName, forest, parent, x, y, width, height, properties, extra);
    }

    public Element withPosition(double newX, double newY) {
        return new Element(id, type, version, name, forest, parent, newX, newY, width, height, properties, extra);
    }

    public Element withSize(double newWidth, double newHeight) {
        return new Element(id, type, version, name, forest, parent, x, y, newWidth, newHeight, properties, extra);
    }

    /** Placed in another forest and, optionally, another pool (null for none). */
    public Element withPlacement(String newForest, String newParent) {
        return new Element(id, type, version, name, newForest, newParent, x, y, width, height, properties, extra);
    }

    public Element withProperty(String key, Object value) {
        return new Element(id, type, version, name, forest, parent, x, y, width, height,
                Properties.with(properties, key, value), extra);
    }

    public Element withId(String newId) {
        return new Element(newId, type, version, name, forest, parent, x, y, width, height, properties, extra);
    }
}
