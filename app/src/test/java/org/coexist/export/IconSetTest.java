package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.coexist.io.CatalogReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;
import org.junit.jupiter.api.Test;

class IconSetTest {

    @Test
    void everyCatalogIconIsA64PixelPngWithTransparentCornersAndAGlyph() throws IOException {
        Catalog catalog = CatalogReader.readBundled();
        assertFalse(catalog.elementTypes().isEmpty());
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            assertFalse(spec.icon().isBlank(), spec.type() + " names no icon");
            checkIcon(spec.icon(), 64);
        }
    }

    @Test
    void forestAndApplicationIconsExist() throws IOException {
        checkIcon("forest", 64);
        checkIcon("app", 256);
    }

    @Test
    void iconsAreDrawnInTheirFamilyColour() throws IOException {
        Catalog catalog = CatalogReader.readBundled();
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            int family = DiagramTheme.familyColor(spec.palette()).getRGB() & 0xffffff;
            BufferedImage image = read(spec.icon());
            boolean found = false;
            for (int y = 0; y < image.getHeight() && !found; y++) {
                for (int x = 0; x < image.getWidth() && !found; x++) {
                    int argb = image.getRGB(x, y);
                    found = (argb >>> 24) == 0xff && (argb & 0xffffff) == family;
                }
            }
            assertTrue(found, spec.icon() + " has no opaque pixel in " + DiagramTheme.familyHex(spec.palette()));
        }
    }

    private static void checkIcon(String name, int size) throws IOException {
        BufferedImage image = read(name);
        assertEquals(size, image.getWidth(), name + " width");
        assertEquals(size, image.getHeight(), name + " height");
        assertTrue(image.getColorModel().hasAlpha(), name + " has no alpha channel");
        int last = size - 1;
        for (int[] corner : new int[][] {{0, 0}, {last, 0}, {0, last}, {last, last}}) {
            assertEquals(0, image.getRGB(corner[0], corner[1]) >>> 24, name + " corner is not transparent");
        }
        int opaque = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if ((image.getRGB(x, y) >>> 24) > 200) {
                    opaque++;
                }
            }
        }
        assertTrue(opaque > size * size / 8, name + " is nearly empty: " + opaque + " opaque pixels");
    }

    private static BufferedImage read(String name) throws IOException {
        String resource = "/assets/icons/" + name + ".png";
        try (InputStream in = IconSetTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing icon " + resource);
            BufferedImage image = ImageIO.read(in);
            assertNotNull(image, resource + " is not a readable PNG");
            return image;
        }
    }
}
