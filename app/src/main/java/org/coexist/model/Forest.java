package org.coexist.model;

import java.util.Map;
import java.util.Objects;

/**
 * An Active Directory forest: a container on the canvas. Immutable; an edit replaces it in the topology.
 *
 * @param extra unknown top-level fields of the file, kept and written back
 */
public record Forest(String id, String name, double x, double y, double width, double height,
                     Map<String, Object> properties, Map<String, Object> extra) {

    public Forest {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        properties = Properties.frozen(properties);
        extra = Properties.frozen(extra);
    }

    public Forest(String id, String name, double x, double y, double width, double height) {
        this(id, name, x, y, width, height, Map.of(), Map.of());
    }

    /** "native", "mixed", or null when unknown. */
    public String exchangeOrganizationMode() {
        return Properties.string(properties, Properties.EXCHANGE_ORGANIZATION_MODE);
    }

    public Forest withName(String newName) {
        return new Forest(id, newName, x, y, width, height, properties, extra);
    }

    public Forest withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new Forest(id, name, newX, newY, newWidth, newHeight, properties, extra);
    }

    public Forest withProperty(String key, Object value) {
        return new Forest(id, name, x, y, width, height, Properties.with(properties, key, value), extra);
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }
}
