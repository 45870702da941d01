package org.coexist.ui.kernel;

import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;

/** What is being dragged from the palette: an element type at a version, or (type null) a new forest. */
public record PaletteItem(ElementType type, ProductVersion version) {

    public static PaletteItem forest() {
        return new PaletteItem(null, null);
    }

    public boolean isForest() {
        return type == null;
    }
}
