package org.coexist.ui.kernel;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.coexist.model.ElementType;
import org.coexist.model.catalog.Catalog;

/** The icons of element types, forests and the application, loaded once from /assets/icons/. */
public final class IconLibrary {
    private final Catalog catalog;
    private final Map<String, Image> cache = new HashMap<>();

    public IconLibrary(Catalog catalog) {
        this.catalog = catalog;
    }

    public Image icon(ElementType type) {
        return named(catalog.spec(type).icon());
    }

    public Image forest() {
        return named("forest");
    }

    public Image app() {
        return named("app");
    }

    /** The icon of that name, or null when the build lacks it. */
    public Image named(String name) {
        return cache.computeIfAbsent(name, key -> {
            try (InputStream in = IconLibrary.class.getResourceAsStream("/assets/icons/" + key + ".png")) {
                return in == null ? null : new Image(in);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
