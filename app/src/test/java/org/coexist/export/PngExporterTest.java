package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

class PngExporterTest {
    private final PngExporter exporter = new PngExporter(ExportFixtures.painter());
    private final int red = DiagramTheme.color(DiagramTheme.ERROR).getRGB();

    @Test
    void imageCoversTheDiagramPlusMarginAtTheScale() {
        Topology topology = ExportFixtures.topology();
        BufferedImage one = exporter.render(topology, List.of(), 1);
        assertEquals(840, one.getWidth());
        assertEquals(340, one.getHeight());
        BufferedImage two = exporter.render(topology, List.of(), 2);
        assertEquals(1680, two.getWidth());
        assertEquals(680, two.getHeight());
        assertEquals(0xffffffff, one.getRGB(5, 5), "the margin is white");
    }

    @Test
    void anErrorLinkIsDrawnRedAndAnOrdinaryOneIsNot() {
        Topology topology = ExportFixtures.topology();
        assertTrue(hasRedOnLink(exporter.render(topology, ExportFixtures.findings(topology), 1), 1));
        assertTrue(hasRedOnLink(exporter.render(topology, ExportFixtures.findings(topology), 2), 2));
        assertFalse(hasRedOnLink(exporter.render(topology, List.of(), 1), 1));
    }

    /** Looks along the first stretch of l1 (y = 190, x from 330 to 360), left of its label. */
    private boolean hasRedOnLink(BufferedImage image, int scale) {
        for (int x = 330 * scale; x <= 360 * scale; x++) {
            for (int y = 189 * scale; y <= 191 * scale; y++) {
                if (image.getRGB(x, y) == red) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void writesAPngThatReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ExportFixtures.topology(), List.of(), 1, out);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(840, read.getWidth());
    }

    @Test
    void anEmptyTopologyGivesAMarginOnly() {
        BufferedImage image = exporter.render(new Topology("empty"), List.of(), 1);
        assertEquals(80, image.getWidth());
        assertEquals(80, image.getHeight());
    }

    @Test
    void refusesAScaleOutOfRange() {
        Topology topology = ExportFixtures.topology();
        assertThrows(IllegalArgumentException.class, () -> exporter.render(topology, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> exporter.render(topology, List.of(), Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> exporter.render(topology, List.of(), 5));
    }
}
