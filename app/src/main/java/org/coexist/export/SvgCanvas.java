package org.coexist.export;

import java.awt.font.FontRenderContext;
import java.util.Base64;
import java.util.Locale;
import org.coexist.rules.Severity;

/**
 * Writes the diagram as SVG 1.1 elements. Groups carry a class naming what they stand for and the severity of
 * their worst finding ("element error", "link warning"), so a stylesheet or a test can find them.
 */
final class SvgCanvas implements DiagramCanvas2D {
    /** Font stack of SVG text; widths are measured with the AWT sans-serif font, DejaVu Sans on most Linux. */
    static final String FONT_FAMILY = "'DejaVu Sans', Verdana, Helvetica, Arial, sans-serif";

    private final StringBuilder out;
    private final FontRenderContext measuring = new FontRenderContext(null, true, true);
    private int depth = 2;

    SvgCanvas(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void beginGroup(String kind, String id, Severity severity) {
        indent().append("<g class=\"").append(kind);
        if (severity != null) {
            out.append(' ').append(severity.name().toLowerCase(Locale.ROOT));
        }
        out.append("\">\n");
        depth++;
        indent().append("<title>").append(escape(kind + " " + id)).append("</title>\n");
    }

    @Override
    public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, Style style) {
        indent().append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(number(radius)).append("\" ry=\"").append(number(radius)).append('"');
        }
        style(style).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Style style) {
        indent().append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1))
                .append("\" x2=\"").append(number(x2)).append("\" y2=\"").append(number(y2)).append('"');
        style(style).append("/>\n");
    }

    @Override
    public void polygon(double[] points, Style style) {
        indent().append("<polygon points=\"");
        for (int i = 0; i < points.length; i += 2) {
            out.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
        }
        out.append('"');
        style(style).append("/>\n");
    }

    private StringBuilder style(Style style) {
        out.append(" fill=\"").append(style.fill() == null ? "none" : style.fill()).append('"');
        if (style.stroke() != null && style.strokeWidth() > 0) {
            out.append(" stroke=\"").append(style.stroke()).append("\" stroke-width=\"")
                    .append(number(style.strokeWidth())).append('"');
            if (style.dashed()) {
                out.append(" stroke-dasharray=\"").append(number(DiagramTheme.DASH_ON)).append(',')
                        .append(number(DiagramTheme.DASH_OFF)).append('"');
            }
        }
        return out;
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        indent().append("<text x=\"").append(number(x)).append("\" y=\"").append(number(baseline))
                .append("\" font-size=\"").append(number(style.size())).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        out.append(" fill=\"").append(style.colour()).append("\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public void image(Icon icon, double x, double y, double width, double height) {
        indent().append("<image x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(icon.png())).append("\"/>\n");
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Graphics2DCanvas.font(style).getStringBounds(text, measuring).getWidth();
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    /** Two decimals at most, no trailing zeros, always a dot: stable, compact output. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.indexOf('.') >= 0) {
            text = text.replaceAll("0+$", "");
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return "-0".equals(text) ? "0" : text;
    }

    /** Escapes markup and drops characters XML 1.0 cannot carry. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                default:
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        escaped.appendCodePoint(cp);
                    }
            }
        });
        return escaped.toString();
    }
}
