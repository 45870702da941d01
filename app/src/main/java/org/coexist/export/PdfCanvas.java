package org.coexist.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws the diagram into a PDF page's content stream, mapping a region of the canvas onto a region of the page
 * (PDF's y axis grows upwards). Text is set run by run in the font of its script (see {@link PdfFont}).
 */
final class PdfCanvas implements DiagramCanvas2D {
    /** How far a Bézier control point sits along the tangent for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final PdfFont font;
    private final Map<String, PDImageXObject> images;
    private final Rectangle2D area;
    private final double left;
    private final double top;
    private final double scale;
    /** Text wholly outside this canvas region is left out (a tile's neighbours); null: nothing is left out. */
    private Rectangle2D shown;

    /**
     * @param images icons already added to the document, by name: each is stored once however often it is drawn
     * @param area   the canvas region drawn
     * @param left   page x where the region's left edge goes
     * @param top    page y (from the bottom) where the region's top edge goes
     * @param scale  page points per canvas unit
     */
    PdfCanvas(PDDocument document, PDPageContentStream content, PdfFont font, Map<String, PDImageXObject> images,
              Rectangle2D area, double left, double top, double scale) {
        this.document = document;
        this.content = content;
        this.font = font;
        this.images = images;
        this.area = area;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    /** Leaves out text wholly outside the region: clipped away, it would still be found by search and copy. */
    PdfCanvas within(Rectangle2D region) {
        this.shown = region;
        return this;
    }

    PDPageContentStream content() {
        return content;
    }

    private float px(double x) {
        return (float) (left + (x - area.getX()) * scale);
    }

    private float py(double y) {
        return (float) (top - (y - area.getY()) * scale);
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        if (!visible(style, true)) {
            return;
        }
        try {
            double r = Math.min(radius, Math.min(width, height) / 2);
            if (r <= 0) {
                content.addRect(px(x), py(y + height), (float) (width * scale), (float) (height * scale));
            } else {
                double k = r * KAPPA;
                double right = x + width;
                double bottom = y + height;
                content.moveTo(px(x + r), py(y));
                content.lineTo(px(right - r), py(y));
                content.curveTo(px(right - r + k), py(y), px(right), py(y + r - k), px(right), py(y + r));
                content.lineTo(px(right), py(bottom - r));
                content.curveTo(px(right), py(bottom - r + k), px(right - r + k), py(bottom), px(right - r), py(bottom));
                content.lineTo(px(x + r), py(bottom));
                content.curveTo(px(x + r - k), py(bottom), px(x), py(bottom - r + k), px(x), py(bottom - r));
                content.lineTo(px(x), py(y + r));
                content.curveTo(px(x), py(y + r - k), px(x + r - k), py(y), px(x + r), py(y));
                content.closePath();
            }
            paint(style, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        if (!visible(style, false)) {
            return;
        }
        try {
            content.moveTo(px(x1), py(y1));
            content.lineTo(px(x2), py(y2));
            paint(new Style(null, style.stroke(), style.strokeWidth(), style.dashed()), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polygon(double[] points, Style style) {
        if (!visible(style, true)) {
            return;
        }
        try {
            content.moveTo(px(points[0]), py(points[1]));
            for (int i = 2; i < points.length; i += 2) {
                content.lineTo(px(points[i]), py(points[i + 1]));
            }
            content.closePath();
            paint(style, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills and/or strokes the current path, or discards it when the style shows nothing. */
    private void paint(Style style, boolean closed) throws IOException {
        boolean fill = closed && style.fill() != null;
        boolean stroke = style.stroke() != null && style.strokeWidth() > 0;
        if (fill) {
            content.setNonStrokingColor(DiagramTheme.color(style.fill()));
        }
        if (stroke) {
            content.setStrokingColor(DiagramTheme.color(style.stroke()));
            content.setLineWidth((float) (style.strokeWidth() * scale));
            content.setLineDashPattern(style.dashed()
                    ? new float[] {(float) (DiagramTheme.DASH_ON * scale), (float) (DiagramTheme.DASH_OFF * scale)}
                    : new float[0], 0);
        }
        if (fill && stroke) {
            content.fillAndStroke();
        } else if (fill) {
            content.fill();
        } else {
            content.stroke();
        }
    }

    /** Whether the style shows anything; a path that shows nothing is never started. */
    private static boolean visible(Style style, boolean closed) {
        return (closed && style.fill() != null) || (style.stroke() != null && style.strokeWidth() > 0);
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        String printable = font.printable(text);
        if (printable.isEmpty() || (shown != null && !shown.intersects(x, baseline - style.size(),
                font.width(printable, style.size(), style.bold()), style.size() * 1.3))) {
            return;
        }
        try {
            Color colour = DiagramTheme.color(style.colour());
            float size = (float) (style.size() * scale);
            content.beginText();
            content.setNonStrokingColor(colour);
            content.newLineAtOffset(px(x), py(baseline));
            for (PdfFont.Run run : font.runs(printable, style.bold())) {
                content.setFont(run.face(), size);
                if (run.emulatedBold()) {
                    content.setStrokingColor(colour);
                    content.setLineWidth(size * 0.04f);
                    content.setLineDashPattern(new float[0], 0);
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                }
                content.showText(run.text());
                if (run.emulatedBold()) {
                    content.setRenderingMode(RenderingMode.FILL);
                }
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        try {
            PDImageXObject image = images.get(icon.name());
            if (image == null) {
                image = LosslessFactory.createFromImage(document, icon.image());
                images.put(icon.name(), image);
            }
            content.drawImage(image, px(x), py(y + height), (float) (width * scale), (float) (height * scale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return font.width(font.printable(text), style.size(), style.bold());
    }
}
