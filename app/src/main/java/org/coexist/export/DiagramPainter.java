package org.coexist.export;

import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coexist.export.DiagramCanvas2D.Style;
import org.coexist.export.DiagramCanvas2D.TextStyle;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.catalog.LinkKindSpec;
import org.coexist.rules.Finding;
import org.coexist.rules.Severity;

/**
 * Draws a topology as a diagram, independent of the output: forests, pool containers, links with arrowheads and
 * kind labels, element cards, and the subjects of findings outlined in red (errors) or amber (warnings).
 * Stateless; one instance serves every export.
 */
public final class DiagramPainter {
    private static final double ICON = 24;
    private static final double BAR = 5;
    private static final double ARROW_LENGTH = 10;
    private static final double ARROW_HALF_WIDTH = 5;
    private static final TextStyle NAME = new TextStyle(12, true, DiagramTheme.INK);
    private static final TextStyle CONTAINER_NAME = new TextStyle(13, true, DiagramTheme.INK);
    private static final TextStyle BADGE = new TextStyle(10, false, DiagramTheme.MUTED_INK);
    private static final TextStyle LINK_LABEL = new TextStyle(10, false, DiagramTheme.MUTED_INK);
    private static final double BADGE_HEIGHT = 15;
    private static final String ELLIPSIS = "\u2026";

    private static final String HEADER_RULE = "#d0d7de";

    private final Catalog catalog;
    private final IconLibrary icons;
    private final DiagramGeometry geometry;

    public DiagramPainter(Catalog catalog, IconLibrary icons) {
        this.catalog = catalog;
        this.icons = icons;
        this.geometry = new DiagramGeometry(catalog);
    }

    /** The union of everything drawn, in canvas coordinates, without margin; empty at the origin when nothing is. */
    public Rectangle2D bounds(Topology topology) {
        Box box = geometry.bounds(topology);
        return box == null ? new Rectangle2D.Double(0, 0, 0, 0)
                : new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
    }

    public void paint(Topology topology, Collection<Finding> findings, DiagramCanvas2D canvas) {
        Map<String, Severity> worst = worstSeverities(findings);
        for (Forest forest : topology.forests()) {
            paintForest(forest, topology.elementsIn(forest.id()), worst.get(forest.id()), canvas);
        }
        for (Element element : topology.elements()) {
            if (geometry.isContainer(element)) {
                paintContainer(element, worst.get(element.id()), canvas);
            }
        }
        for (Link link : topology.links()) {
            paintLink(link, topology, worst.get(link.id()), canvas);
        }
        for (Element element : topology.elements()) {
            if (!geometry.isContainer(element)) {
                paintCard(element, worst.get(element.id()), canvas);
            }
        }
    }

    /** The worst severity per subject id: an error beats a warning. */
    static Map<String, Severity> worstSeverities(Collection<Finding> findings) {
        Map<String, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            for (String subject : finding.subjects()) {
                worst.merge(subject, finding.severity(), (a, b) -> a == Severity.ERROR ? a : b);
            }
        }
        return worst;
    }

    private static String severityColour(Severity severity) {
        if (severity == null) {
            return null;
        }
        return severity == Severity.ERROR ? DiagramTheme.ERROR : DiagramTheme.WARNING;
    }

    private void paintForest(Forest forest, List<Element> members, Severity severity, DiagramCanvas2D canvas) {
        Box box = geometry.box(forest, members);
        String outline = severity == null ? DiagramTheme.FOREST_BORDER : severityColour(severity);
        canvas.beginGroup("forest", forest.id(), severity);
        canvas.rect(box.x(), box.y(), box.width(), box.height(), 14,
                new Style(DiagramTheme.FOREST_FILL, outline, severity == null ? 1.5 : 3, false));
        canvas.image(icons.named(IconLibrary.FOREST), box.x() + 10, box.y() + 8, 18, 18);
        TextStyle style = new TextStyle(14, true, DiagramTheme.INK);
        canvas.text(elide(forest.name(), box.width() - 46, style, canvas), box.x() + 34, box.y() + 22,
                style);
        canvas.endGroup();
    }

    private void paintContainer(Element pool, Severity severity, DiagramCanvas2D canvas) {
        Box box = geometry.box(pool);
        String family = familyHex(pool);
        String outline = severity == null ? family : severityColour(severity);
        canvas.beginGroup("pool", pool.id(), severity);
        canvas.rect(box.x(), box.y(), box.width(), box.height(), 10,
                new Style(hex(DiagramTheme.tint(DiagramTheme.color(family), 0.92)), outline,
                        severity == null ? 1.5 : 3, false));
        // The header is the canvas's: members sit below it, in the export as on screen.
        double header = Math.min(DiagramGeometry.POOL_HEADER, box.height());
        canvas.rect(box.x() + 1, box.y() + 1, box.width() - 2, header - 1, 9, Style.filled(DiagramTheme.CANVAS));
        canvas.line(box.x() + 1, box.y() + header, box.maxX() - 1, box.y() + header,
                new Style(null, HEADER_RULE, 1, false));
        Icon icon = icons.forType(pool.type());
        if (icon != null) {
            canvas.image(icon, box.x() + 14, box.y() + (header - ICON) / 2, ICON, ICON);
        }
        double textX = box.x() + 14 + ICON + 8;
        String badge = badge(pool);
        double room = box.maxX() - 10 - textX;
        if (canvas.textWidth(pool.name(), CONTAINER_NAME) <= room) {
            if (badge.isEmpty()) {
                canvas.text(pool.name(), textX, box.y() + header / 2 + 4, CONTAINER_NAME);
            } else {
                canvas.text(pool.name(), textX, box.y() + 20, CONTAINER_NAME);
                paintBadge(elide(badge, box.maxX() - 22 - textX, BADGE, canvas), textX, box.y() + 26, family, canvas);
            }
        } else {
            // The name on its lines in a size that fits, the badge below it: a pool's name is not cut short.
            NameLines.Setting setting = NameLines.set(pool.name(), room, true, canvas);
            TextStyle style = new TextStyle(setting.size(), true, CONTAINER_NAME.colour());
            double leading = setting.size() * 1.15;
            double top = box.y() + 6 + setting.size();
            for (int i = 0; i < setting.lines().size(); i++) {
                canvas.text(setting.lines().get(i), textX, top + i * leading, style);
            }
            if (!badge.isEmpty()) {
                double badgeTop = top + (setting.lines().size() - 1) * leading + 6;
                paintBadge(elide(badge, box.maxX() - 22 - textX, BADGE, canvas), textX, badgeTop, family, canvas);
            }
        }
        canvas.endGroup();
    }

    private void paintCard(Element element, Severity severity, DiagramCanvas2D canvas) {
        Box box = geometry.box(element);
        double x = box.x();
        double y = box.y();
        double w = box.width();
        double h = box.height();
        String family = familyHex(element);
        canvas.beginGroup("element", element.id(), severity);
        canvas.rect(x, y, w, h, 6, Style.filled(DiagramTheme.CANVAS));
        canvas.rect(x, y, BAR * 2, h, 6, Style.filled(family));
        canvas.rect(x + BAR, y, BAR, h, 0, Style.filled(DiagramTheme.CANVAS));
        canvas.rect(x, y, w, h, 6, severity == null ? Style.outlined(DiagramTheme.LINE, 1)
                : Style.outlined(severityColour(severity), 3));
        Icon icon = icons.forType(element.type());
        double textX = x + BAR + 8;
        if (icon != null) {
            canvas.image(icon, textX, y + (h - ICON) / 2, ICON, ICON);
            textX += ICON + 8;
        }
        double room = x + w - 8 - textX;
        String badge = badge(element);
        NameLines.Setting name = NameLines.set(element.name(), room, NAME.bold(), canvas);
        TextStyle style = new TextStyle(name.size(), NAME.bold(), NAME.colour());
        double leading = name.size() * 1.15;
        double badgeRoom = badge.isEmpty() ? 0 : BADGE_HEIGHT + 3;
        // The name's lines and the badge, centred together on the card.
        double top = y + (h - name.lines().size() * leading - badgeRoom) / 2;
        for (int i = 0; i < name.lines().size(); i++) {
            canvas.text(name.lines().get(i), textX, top + leading * (i + 1) - name.size() * 0.25, style);
        }
        if (!badge.isEmpty()) {
            double badgeTop = top + name.lines().size() * leading + 3;
            paintBadge(elide(badge, room - 12, BADGE, canvas), textX, badgeTop, family, canvas);
        }
        canvas.endGroup();
    }

    /** A version badge: a pill in a light tint of the family colour, its text in the family colour. */
    private static void paintBadge(String badge, double x, double y, String family, DiagramCanvas2D canvas) {
        double width = canvas.textWidth(badge, BADGE) + 12;
        canvas.rect(x, y, width, BADGE_HEIGHT, BADGE_HEIGHT / 2,
                Style.filled(hex(DiagramTheme.tint(DiagramTheme.color(family), 0.85))));
        canvas.text(badge, x + 6, y + 11, new TextStyle(BADGE.size(), false, family));
    }

    private void paintLink(Link link, Topology topology, Severity severity, DiagramCanvas2D canvas) {
        Element from = topology.element(link.from());
        Element to = topology.element(link.to());
        if (from == null || to == null) {
            return;
        }
        Segment segment = DiagramGeometry.connector(geometry.box(from), geometry.box(to));
        if (segment == null) {
            return;
        }
        String colour = severity == null ? DiagramTheme.MUTED_INK : severityColour(severity);
        double width = severity == null ? 1.5 : 3;
        canvas.beginGroup("link", link.id(), severity);
        double dx = segment.x2() - segment.x1();
        double dy = segment.y2() - segment.y1();
        double length = Math.hypot(dx, dy);
        if (length > ARROW_LENGTH) {
            double ux = dx / length;
            double uy = dy / length;
            double baseX = segment.x2() - ux * ARROW_LENGTH;
            double baseY = segment.y2() - uy * ARROW_LENGTH;
            canvas.line(segment.x1(), segment.y1(), baseX, baseY,
                    new Style(null, colour, width, severity != null));
            canvas.polygon(new double[] {segment.x2(), segment.y2(),
                baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH,
                baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH}, Style.filled(colour));
        } else {
            canvas.line(segment.x1(), segment.y1(), segment.x2(), segment.y2(),
                    new Style(null, colour, width, severity != null));
        }
        LinkKindSpec spec = catalog.spec(link.kind());
        String label = spec == null ? link.kind().name().toLowerCase(java.util.Locale.ROOT) : spec.shortLabel();
        if (!label.isEmpty() && length > 40) {
            TextStyle style = new TextStyle(LINK_LABEL.size(), false,
                    severity == null ? DiagramTheme.MUTED_INK : colour);
            double textWidth = canvas.textWidth(label, style);
            double midX = (segment.x1() + segment.x2()) / 2;
            double midY = (segment.y1() + segment.y2()) / 2;
            canvas.rect(midX - textWidth / 2 - 3, midY - 8, textWidth + 6, 14, 3, Style.filled(DiagramTheme.CANVAS));
            canvas.text(label, midX - textWidth / 2, midY + 3, style);
        }
        canvas.endGroup();
    }

    private String familyHex(Element element) {
        ElementTypeSpec spec = catalog.spec(element.type());
        return DiagramTheme.familyHex(spec == null ? null : spec.palette());
    }

    private String badge(Element element) {
        Catalog.VersionLabel label = catalog.label(element.version());
        return label == null ? "" : label.badge();
    }

    /** The text, shortened with an ellipsis so that it fits the width. */
    static String elide(String text, double width, TextStyle style, DiagramCanvas2D canvas) {
        if (text.isEmpty() || canvas.textWidth(text, style) <= width) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        int keep = codePoints.length;
        while (keep > 0) {
            keep--;
            String candidate = new String(codePoints, 0, keep).stripTrailing() + ELLIPSIS;
            if (canvas.textWidth(candidate, style) <= width) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    static String hex(java.awt.Color colour) {
        return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /** The geometry it draws with, so pages and tiles are cut along the same boxes. */
    DiagramGeometry geometry() {
        return geometry;
    }
}
