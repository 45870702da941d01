package org.coexist.export;

import org.coexist.rules.Severity;

/**
 * What the diagram drawing needs from an output: a few shapes, text, icons and groups. {@link DiagramPainter}
 * draws once against it and each back end (Graphics2D for PNG, SVG text, a PDF page) renders the same calls, so
 * the three formats cannot drift apart. Coordinates are the topology's canvas coordinates; y grows downwards.
 */
public interface DiagramCanvas2D {

    /**
     * How a shape is filled and outlined; null colours mean "none".
     *
     * @param dashed whether the outline is dashed (error and warning links)
     */
    record Style(String fill, String stroke, double strokeWidth, boolean dashed) {

        public static Style filled(String fill) {
            return new Style(fill, null, 0, false);
        }

        public static Style outlined(String stroke, double width) {
            return new Style(null, stroke, width, false);
        }
    }

    /** Sans-serif text of a size in canvas units, plain or bold, in a "#rrggbb" colour. */
    record TextStyle(double size, boolean bold, String colour) {
    }

    /**
     * Opens a group of drawing calls about one model object, so outputs that keep structure (SVG) can tell what a
     * shape stands for and how bad its findings are. Outputs that keep no structure (a raster, a PDF page) ignore
     * groups.
     *
     * @param kind     "forest", "pool", "element" or "link"
     * @param severity the worst finding about it, or null
     */
    default void beginGroup(String kind, String id, Severity severity) {
    }

    default void endGroup() {
    }

    /** A rectangle with corners rounded by {@code radius} (0 for square corners). */
    void rect(double x, double y, double width, double height, double radius, Style style);

    void line(double x1, double y1, double x2, double y2, Style style);

    /** A closed polygon of points x0, y0, x1, y1, ... */
    void polygon(double[] points, Style style);

    /** Text whose baseline starts at (x, baseline). */
    void text(String text, double x, double baseline, TextStyle style);

    void image(Icon icon, double x, double y, double width, double height);

    /** The advance width of the text as this output will draw it, for eliding and label backgrounds. */
    double textWidth(String text, TextStyle style);
}
