package org.coexist.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import javax.imageio.ImageIO;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/** The whole diagram as a PNG on a white background, at a scale of 1 (one pixel per canvas unit) or more. */
public final class PngExporter {
    /** Space around the diagram's bounds, in canvas units. */
    public static final double MARGIN = 40;
    /** Refuses images past this many pixels a side rather than running out of memory. */
    public static final int MAX_SIDE = 16_384;
    public static final double MAX_SCALE = 4;

    private final DiagramPainter painter;

    public PngExporter(DiagramPainter painter) {
        this.painter = painter;
    }

    public BufferedImage render(Topology topology, Collection<Finding> findings, double scale) {
        checkScale(scale);
        Rectangle2D area = area(painter.bounds(topology));
        int width = (int) Math.ceil(area.getWidth() * scale);
        int height = (int) Math.ceil(area.getHeight() * scale);
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("the diagram would be " + width + "x" + height
                    + " pixels, more than " + MAX_SIDE + " a side; export it at a smaller scale or as SVG");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(DiagramTheme.color(DiagramTheme.CANVAS));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            g.translate(-area.getX(), -area.getY());
            painter.paint(topology, findings, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Topology topology, Collection<Finding> findings, double scale, OutputStream out)
            throws IOException {
        if (!ImageIO.write(render(topology, findings, scale), "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** The diagram's bounds with the margin around them. */
    static Rectangle2D area(Rectangle2D bounds) {
        return new Rectangle2D.Double(bounds.getX() - MARGIN, bounds.getY() - MARGIN,
                bounds.getWidth() + 2 * MARGIN, bounds.getHeight() + 2 * MARGIN);
    }

    static void checkScale(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale must be above 0 and at most " + MAX_SCALE + ", not " + scale);
        }
    }
}
