package org.coexist.model.catalog;

import java.util.List;

/** A family of entries in the designer's palette. */
public record PaletteGroup(String id, String label, List<ElementTypeSpec> types) {

    public PaletteGroup {
        types = List.copyOf(types);
    }
}
