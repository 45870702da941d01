package org.coexist.export;

import java.awt.geom.Rectangle2D;
import java.util.Collection;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/** The whole diagram as a standalone SVG 1.1 document; icons are embedded as data: URIs. */
public final class SvgExporter {
    private final DiagramPainter painter;

    public SvgExporter(DiagramPainter painter) {
        this.painter = painter;
    }

    /**
     * The SVG text. The view box is the diagram's bounds plus {@link PngExporter#MARGIN}; {@code scale} sets the
     * nominal width and height (1 for one unit per pixel).
     */
    public String toSvg(Topology topology, Collection<Finding> findings, double scale) {
        PngExporter.checkScale(scale);
        Rectangle2D area = PngExporter.area(painter.bounds(topology));
        StringBuilder out = new StringBuilder(16_384);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(SvgCanvas.number(area.getWidth() * scale))
                .append("\" height=\"").append(SvgCanvas.number(area.getHeight() * scale))
                .append("\" viewBox=\"").append(SvgCanvas.number(area.getX())).append(' ')
                .append(SvgCanvas.number(area.getY())).append(' ').append(SvgCanvas.number(area.getWidth()))
                .append(' ').append(SvgCanvas.number(area.getHeight())).append("\">\n")
                .append("  <title>").append(SvgCanvas.escape(topology.name())).append("</title>\n");
        if (topology.description() != null && !topology.description().isBlank()) {
            out.append("  <desc>").append(SvgCanvas.escape(topology.description())).append("</desc>\n");
        }
        out.append("  <rect x=\"").append(SvgCanvas.number(area.getX())).append("\" y=\"")
                .append(SvgCanvas.number(area.getY())).append("\" width=\"").append(SvgCanvas.number(area.getWidth()))
                .append("\" height=\"").append(SvgCanvas.number(area.getHeight())).append("\" fill=\"")
                .append(DiagramTheme.CANVAS).append("\"/>\n")
                .append("  <g font-family=\"").append(SvgCanvas.FONT_FAMILY).append("\">\n");
        SvgCanvas canvas = new SvgCanvas(out);
        painter.paint(topology, findings, canvas);
        out.append("  </g>\n</svg>\n");
        return out.toString();
    }
}
