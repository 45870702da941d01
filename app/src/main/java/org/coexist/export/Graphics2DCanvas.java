package org.coexist.export;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Draws the diagram on an AWT Graphics2D: the PNG back end. The caller sets the transform beforehand. */
final class Graphics2DCanvas implements DiagramCanvas2D {
    static final String FONT_FAMILY = Font.SANS_SERIF;

    private final Graphics2D g;

    Graphics2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        Shape shape = radius > 0
                ? new RoundRectangle2D.Double(x, y, width, height, radius * 2, radius * 2)
                : new Rectangle2D.Double(x, y, width, height);
        draw(shape, style);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        draw(new Line2D.Double(x1, y1, x2, y2), style);
    }

    @Override
    public void polygon(double[] points, Style style) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        draw(path, style);
    }

    private void draw(Shape shape, Style style) {
        if (style.fill() != null) {
            g.setColor(DiagramTheme.color(style.fill()));
            g.fill(shape);
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            g.setColor(DiagramTheme.color(style.stroke()));
            g.setStroke(stroke(style));
            g.draw(shape);
        }
    }

    private static BasicStroke stroke(Style style) {
        float width = (float) style.strokeWidth();
        if (!style.dashed()) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {(float) DiagramTheme.DASH_ON, (float) DiagramTheme.DASH_OFF}, 0);
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        g.setColor(DiagramTheme.color(style.colour()));
        g.setFont(font(style));
        g.drawString(text, (float) x, (float) baseline);
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform();
        at.translate(x, y);
        at.scale(width / icon.image().getWidth(), height / icon.image().getHeight());
        g.drawImage(icon.image(), at, null);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return font(style).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    static Font font(TextStyle style) {
        return new Font(FONT_FAMILY, style.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) style.size());
    }
}
