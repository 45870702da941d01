package org.coexist.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.coexist.model.ElementType;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/** The bundled icons ({@code /assets/icons/<name>.png}), read once each and kept. */
public final class IconLibrary {
    public static final String FOREST = "forest";

    private final Catalog catalog;
    private final Map<String, Icon> loaded = new HashMap<>();

    public IconLibrary(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The icon the catalog names for the type, or null when the catalog names none. */
    public Icon forType(ElementType type) {
        ElementTypeSpec spec = catalog.spec(type);
        return spec == null || spec.icon().isBlank() ? null : named(spec.icon());
    }

    /** An icon by name. A missing icon is a build defect (IconSetTest guards it), so it fails loudly. */
    public synchronized Icon named(String name) {
        return loaded.computeIfAbsent(name, IconLibrary::read);
    }

    private static Icon read(String name) {
        String resource = "/assets/icons/" + name + ".png";
        try (InputStream in = IconLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the icon " + resource + " is missing from the build");
            }
            byte[] png = in.readAllBytes();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalStateException("the icon " + resource + " is not a PNG");
            }
            return new Icon(name, image, png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the icon " + resource, e);
        }
    }
}
