package org.coexist.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.coexist.io.CatalogReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Draws the icon set ({@code assets/icons}) with Java2D. Run once after changing a glyph, and commit the PNGs:
 * {@code java -cp app/target/test-classes:app/target/classes:<jackson jars> org.coexist.export.IconSheetGenerator
 * assets/icons}. Kept in test code because the application only reads the PNGs.
 *
 * <p>Glyphs are drawn on a 64-unit grid with strokes of 4 or more units so they stay legible at 16 to 24 px.
 */
public final class IconSheetGenerator {
    private static final int SIZE = 64;
    private static final int APP_SIZE = 256;
    private static final Color WHITE = Color.WHITE;

    /** A glyph drawn in one colour on a 64x64 transparent canvas. */
    private interface Glyph {
        void draw(Graphics2D g, Color c);
    }

    private final Map<String, Glyph> glyphs = new LinkedHashMap<>();

    IconSheetGenerator() {
        glyphs.put("front-end-pool", IconSheetGenerator::serverStack);
        glyphs.put("standard-edition", IconSheetGenerator::tower);
        glyphs.put("edge", IconSheetGenerator::gate);
        glyphs.put("director", badged(IconSheetGenerator::tower, IconSheetGenerator::arrowBadge));
        glyphs.put("mediation", IconSheetGenerator::phone);
        glyphs.put("archiving", IconSheetGenerator::archiveBox);
        glyphs.put("monitoring", IconSheetGenerator::chart);
        glyphs.put("web-access", IconSheetGenerator::globe);
        glyphs.put("group-chat", IconSheetGenerator::bubbles);
        glyphs.put("persistent-chat", badged(IconSheetGenerator::bubbles, IconSheetGenerator::clockBadge));
        glyphs.put("sql", IconSheetGenerator::cylinder);
        glyphs.put("admin-tools", IconSheetGenerator::wrench);
        glyphs.put("communicator", IconSheetGenerator::person);
        glyphs.put("lync-client", IconSheetGenerator::people);
        glyphs.put("group-chat-client", badged(IconSheetGenerator::person, IconSheetGenerator::bubbleBadge));
        glyphs.put("application", IconSheetGenerator::window);
        glyphs.put("exchange", IconSheetGenerator::envelope);
        glyphs.put("mailbox", badged(IconSheetGenerator::envelope, IconSheetGenerator::linesBadge));
        glyphs.put("client-access", badged(IconSheetGenerator::envelope, IconSheetGenerator::personBadge));
        glyphs.put("hub-transport", badged(IconSheetGenerator::envelope, IconSheetGenerator::twoWayBadge));
        glyphs.put("unified-messaging", badged(IconSheetGenerator::envelope, IconSheetGenerator::voiceBadge));
        glyphs.put("edge-transport", badged(IconSheetGenerator::envelope, IconSheetGenerator::shieldBadge));
        glyphs.put("notes", IconSheetGenerator::note);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(dir);
        IconSheetGenerator generator = new IconSheetGenerator();
        Catalog catalog = CatalogReader.readBundled();
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            Glyph glyph = generator.glyphs.get(spec.icon());
            if (glyph == null) {
                throw new IllegalStateException("no glyph for icon " + spec.icon() + " of " + spec.type());
            }
            write(render(SIZE, glyph, DiagramTheme.familyColor(spec.palette())), dir.resolve(spec.icon() + ".png"));
        }
        write(render(SIZE, IconSheetGenerator::forest, DiagramTheme.color(DiagramTheme.OTHER)),
                dir.resolve("forest.png"));
        write(appIcon(), dir.resolve("app.png"));
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static BufferedImage render(int size, Glyph glyph, Color color) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.scale(size / (double) SIZE, size / (double) SIZE);
            glyph.draw(g, color);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void stroke(Graphics2D g, Color c, float width, Shape shape) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static void fill(Graphics2D g, Color c, Shape shape) {
        g.setColor(c);
        g.fill(shape);
    }

    // ---------------------------------------------------------------- badges: a base glyph shrunk, a disc at bottom right

    private static Glyph badged(Glyph base, Glyph badge) {
        return (g, c) -> {
            AffineTransform saved = g.getTransform();
            g.scale(0.8, 0.8);
            base.draw(g, c);
            g.setTransform(saved);
            fill(g, WHITE, new Ellipse2D.Double(29, 29, 35, 35));
            fill(g, c, new Ellipse2D.Double(32, 32, 29, 29));
            badge.draw(g, WHITE);
        };
    }

    private static void arrowBadge(Graphics2D g, Color w) {
        stroke(g, w, 3.5f, new Line2D.Double(39, 46.5, 54, 46.5));
        stroke(g, w, 3.5f, polyline(48, 40.5, 54, 46.5, 48, 52.5));
    }

    private static void twoWayBadge(Graphics2D g, Color w) {
        stroke(g, w, 3.5f, new Line2D.Double(39, 46.5, 54, 46.5));
        stroke(g, w, 3.5f, polyline(49, 41.5, 54, 46.5, 49, 51.5));
        stroke(g, w, 3.5f, polyline(44, 41.5, 39, 46.5, 44, 51.5));
    }

    private static void linesBadge(Graphics2D g, Color w) {
        for (double y = 40.5; y <= 53; y += 6) {
            stroke(g, w, 3f, new Line2D.Double(40, y, 53, y));
        }
    }

    private static void personBadge(Graphics2D g, Color w) {
        fill(g, w, new Ellipse2D.Double(43, 36.5, 8, 8));
        fill(g, w, new Arc2D.Double(39, 46, 16, 14, 0, 180, Arc2D.CHORD));
    }

    private static void voiceBadge(Graphics2D g, Color w) {
        double[] heights = {4, 10, 14, 8};
        for (int i = 0; i < heights.length; i++) {
            double x = 40 + i * 4.6;
            stroke(g, w, 3f, new Line2D.Double(x, 46.5 - heights[i] / 2, x, 46.5 + heights[i] / 2));
        }
    }

    private static void shieldBadge(Graphics2D g, Color w) {
        fill(g, w, shield(38.5, 37, 17, 20));
    }

    private static void clockBadge(Graphics2D g, Color w) {
        stroke(g, w, 3f, new Ellipse2D.Double(38.5, 38, 17, 17));
        stroke(g, w, 2.5f, polyline(47, 41.5, 47, 46.5, 51, 48.5));
    }

    private static void bubbleBadge(Graphics2D g, Color w) {
        Area bubble = new Area(new RoundRectangle2D.Double(38, 38, 18, 12, 6, 6));
        bubble.add(new Area(polygon(41, 49, 41, 55, 47, 49)));
        fill(g, w, bubble);
    }

    // ---------------------------------------------------------------- glyphs

    private static void serverStack(Graphics2D g, Color c) {
        for (int i = 0; i < 3; i++) {
            double y = 6 + i * 18;
            fill(g, c, new RoundRectangle2D.Double(6, y, 52, 15, 6, 6));
            stroke(g, WHITE, 3f, new Line2D.Double(13, y + 7.5, 30, y + 7.5));
            fill(g, WHITE, new Ellipse2D.Double(45, y + 5, 5, 5));
        }
    }

    private static void tower(Graphics2D g, Color c) {
        fill(g, c, new RoundRectangle2D.Double(15, 3, 34, 58, 8, 8));
        for (int i = 0; i < 3; i++) {
            stroke(g, WHITE, 3.5f, new Line2D.Double(22, 13 + i * 9, 42, 13 + i * 9));
        }
        fill(g, WHITE, new Ellipse2D.Double(28, 44, 8, 8));
    }

    private static void gate(Graphics2D g, Color c) {
        fill(g, c, shield(8, 3, 48, 58));
        stroke(g, WHITE, 4f, new Line2D.Double(24, 20, 24, 44));
        stroke(g, WHITE, 4f, new Line2D.Double(40, 20, 40, 44));
        stroke(g, WHITE, 4f, new Line2D.Double(24, 32, 40, 32));
    }

    private static void phone(Graphics2D g, Color c) {
        Path2D handset = new Path2D.Double();
        handset.moveTo(12, 22);
        handset.curveTo(20, 6, 44, 6, 52, 22);
        stroke(g, c, 7f, handset);
        fill(g, c, new RoundRectangle2D.Double(4, 16, 16, 11, 6, 6));
        fill(g, c, new RoundRectangle2D.Double(44, 16, 16, 11, 6, 6));
        fill(g, c, new RoundRectangle2D.Double(8, 31, 48, 28, 10, 10));
        for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 3; col++) {
                fill(g, WHITE, new Rectangle2D.Double(19 + col * 10, 37 + row * 10, 6, 6));
            }
        }
    }

    private static void archiveBox(Graphics2D g, Color c) {
        fill(g, c, new RoundRectangle2D.Double(4, 8, 56, 14, 5, 5));
        fill(g, c, new RoundRectangle2D.Double(8, 25, 48, 32, 5, 5));
        fill(g, WHITE, new RoundRectangle2D.Double(23, 32, 18, 7, 7, 7));
    }

    private static void chart(Graphics2D g, Color c) {
        stroke(g, c, 4.5f, polyline(7, 6, 7, 57, 59, 57));
        fill(g, c, new Rectangle2D.Double(15, 36, 10, 17));
        fill(g, c, new Rectangle2D.Double(30, 22, 10, 31));
        fill(g, c, new Rectangle2D.Double(45, 10, 10, 43));
    }

    private static void globe(Graphics2D g, Color c) {
        fill(g, c, new Ellipse2D.Double(5, 5, 54, 54));
        stroke(g, WHITE, 3f, new Ellipse2D.Double(21, 7, 22, 50));
        stroke(g, WHITE, 3f, new Line2D.Double(32, 7, 32, 57));
        stroke(g, WHITE, 3f, new Line2D.Double(7, 32, 57, 32));
        stroke(g, WHITE, 3f, new Line2D.Double(11, 19, 53, 19));
        stroke(g, WHITE, 3f, new Line2D.Double(11, 45, 53, 45));
    }

    private static void bubbles(Graphics2D g, Color c) {
        Area back = new Area(new RoundRectangle2D.Double(3, 5, 40, 28, 12, 12));
        back.add(new Area(polygon(10, 31, 9, 41, 20, 31)));
        fill(g, DiagramTheme.tint(c, 0.45), back);
        Area front = new Area(new RoundRectangle2D.Double(20, 21, 41, 29, 12, 12));
        front.add(new Area(polygon(50, 48, 55, 59, 40, 48)));
        stroke(g, WHITE, 5f, front);
        fill(g, c, front);
        for (int i = 0; i < 3; i++) {
            fill(g, WHITE, new Ellipse2D.Double(29 + i * 9, 33, 5, 5));
        }
    }

    private static void cylinder(Graphics2D g, Color c) {
        fill(g, c, new Rectangle2D.Double(9, 13, 46, 38));
        fill(g, c, new Ellipse2D.Double(9, 44, 46, 14));
        fill(g, DiagramTheme.tint(c, 0.35), new Ellipse2D.Double(9, 6, 46, 14));
        stroke(g, WHITE, 3f, new Arc2D.Double(9, 18, 46, 14, 180, 180, Arc2D.OPEN));
        stroke(g, WHITE, 3f, new Arc2D.Double(9, 31, 46, 14, 180, 180, Arc2D.OPEN));
    }

    private static void wrench(Graphics2D g, Color c) {
        Area wrench = new Area(new Ellipse2D.Double(1, 19, 26, 26));
        wrench.add(new Area(new RoundRectangle2D.Double(16, 27, 46, 10, 10, 10)));
        wrench.subtract(new Area(new Rectangle2D.Double(0, 28, 12, 8)));
        wrench.transform(AffineTransform.getRotateInstance(Math.PI / 4, 32, 32));
        fill(g, c, wrench);
    }

    private static void person(Graphics2D g, Color c) {
        fill(g, c, new Ellipse2D.Double(20, 4, 24, 24));
        fill(g, c, personBody(10, 32, 44, 28));
    }

    private static Shape personBody(double x, double y, double w, double h) {
        Area body = new Area(new Ellipse2D.Double(x, y, w, h * 2));
        body.intersect(new Area(new Rectangle2D.Double(x, y, w, h)));
        return body;
    }

    private static void people(Graphics2D g, Color c) {
        Color back = DiagramTheme.tint(c, 0.45);
        fill(g, back, new Ellipse2D.Double(34, 6, 20, 20));
        fill(g, back, personBody(27, 29, 36, 24));
        Area front = new Area(new Ellipse2D.Double(12, 12, 22, 22));
        front.add(new Area(personBody(5, 37, 36, 23)));
        stroke(g, WHITE, 5f, front);
        fill(g, c, front);
    }

    private static void window(Graphics2D g, Color c) {
        fill(g, c, new RoundRectangle2D.Double(4, 8, 56, 48, 8, 8));
        fill(g, WHITE, new Rectangle2D.Double(9, 22, 46, 29));
        for (int i = 0; i < 3; i++) {
            fill(g, WHITE, new Ellipse2D.Double(10 + i * 7, 12.5, 5, 5));
        }
        stroke(g, DiagramTheme.tint(c, 0.35), 3.5f, new Line2D.Double(15, 31, 43, 31));
        stroke(g, DiagramTheme.tint(c, 0.35), 3.5f, new Line2D.Double(15, 41, 35, 41));
    }

    private static void envelope(Graphics2D g, Color c) {
        fill(g, c, new RoundRectangle2D.Double(4, 12, 56, 40, 8, 8));
        stroke(g, WHITE, 4f, polyline(9, 18, 32, 37, 55, 18));
    }

    private static void note(Graphics2D g, Color c) {
        fill(g, c, polygon(10, 3, 42, 3, 55, 16, 55, 61, 10, 61));
        fill(g, DiagramTheme.tint(c, 0.5), polygon(42, 3, 42, 16, 55, 16));
        for (int i = 0; i < 3; i++) {
            stroke(g, WHITE, 3.5f, new Line2D.Double(18, 28 + i * 10, i == 2 ? 37 : 47, 28 + i * 10));
        }
    }

    private static void forest(Graphics2D g, Color c) {
        Color back = DiagramTheme.color(DiagramTheme.FOREST_BORDER);
        fill(g, back, polygon(44, 6, 62, 40, 26, 40));
        fill(g, back, new Rectangle2D.Double(41, 39, 6, 14));
        Shape front = polygon(24, 4, 46, 48, 2, 48);
        stroke(g, WHITE, 4f, front);
        fill(g, c, front);
        fill(g, c, new Rectangle2D.Double(20, 46, 8, 14));
    }

    /** Two overlapping rounded squares: the old system behind, the new one in front, their overlap tinted. */
    private static BufferedImage appIcon() {
        BufferedImage image = new BufferedImage(APP_SIZE, APP_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            Shape old = new RoundRectangle2D.Double(12, 12, 150, 150, 44, 44);
            Shape fresh = new RoundRectangle2D.Double(94, 94, 150, 150, 44, 44);
            fill(g, DiagramTheme.color(DiagramTheme.OTHER), old);
            fill(g, DiagramTheme.color(DiagramTheme.COMMUNICATIONS), fresh);
            Area overlap = new Area(old);
            overlap.intersect(new Area(fresh));
            fill(g, DiagramTheme.color(DiagramTheme.EXCHANGE), overlap);
            stroke(g, WHITE, 8f, fresh);
            stroke(g, WHITE, 8f, old);
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---------------------------------------------------------------- shapes

    private static Shape shield(double x, double y, double w, double h) {
        Path2D p = new Path2D.Double();
        p.moveTo(x + w / 2, y);
        p.lineTo(x + w, y + h * 0.14);
        p.lineTo(x + w, y + h * 0.45);
        p.curveTo(x + w, y + h * 0.75, x + w * 0.75, y + h * 0.9, x + w / 2, y + h);
        p.curveTo(x + w * 0.25, y + h * 0.9, x, y + h * 0.75, x, y + h * 0.45);
        p.lineTo(x, y + h * 0.14);
        p.closePath();
        return p;
    }

    private static Path2D polyline(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        return p;
    }

    private static Path2D polygon(double... xy) {
        Path2D p = polyline(xy);
        p.closePath();
        return p;
    }
}
