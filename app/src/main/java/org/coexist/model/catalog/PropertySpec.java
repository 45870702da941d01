package org.coexist.model.catalog;

import java.util.List;

/** A property an element or forest may carry, as the inspector offers it. */
public record PropertySpec(String name, PropertyType type, List<String> values, String label, String description) {

    public enum PropertyType { STRING, BOOLEAN, CHOICE }

    public PropertySpec {
        values = values == null ? List.of() : List.copyOf(values);
        description = description == null ? "" : description;
    }
}
