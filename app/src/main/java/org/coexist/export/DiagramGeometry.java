package org.coexist.export;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;

/** Where things are on the canvas: card and container boxes, forest boxes, the whole diagram, link ends. */
final class DiagramGeometry {
    /** Space around a forest's elements when the forest itself has no size. */
    static final double FOREST_PADDING = 20;
    /** Room for a forest's or pool's name above its contents. */
    static final double HEADER = 34;

    private DiagramGeometry() {
    }

    /** Pools drawn as containers: a registrar pool given a size. Without a size a pool is an ordinary card. */
    static boolean isContainer(Element element) {
        return element.type().isRegistrarPool() && element.width() > 0 && element.height() > 0;
    }

    static Rectangle2D box(Element element) {
        double width = element.width() > 0 ? element.width() : DiagramTheme.CARD_WIDTH;
        double height = element.height() > 0 ? element.height() : DiagramTheme.CARD_HEIGHT;
        return new Rectangle2D.Double(element.x(), element.y(), width, height);
    }

    /** The forest's own bounds, or, when it has no size, the bounds of its elements with room for its name. */
    static Rectangle2D box(Forest forest, List<Element> members) {
        if (forest.width() > 0 && forest.height() > 0) {
            return new Rectangle2D.Double(forest.x(), forest.y(), forest.width(), forest.height());
        }
        if (members.isEmpty()) {
            return new Rectangle2D.Double(forest.x(), forest.y(), DiagramTheme.CARD_WIDTH + 2 * FOREST_PADDING,
                    HEADER + DiagramTheme.CARD_HEIGHT);
        }
        Rectangle2D union = null;
        for (Element element : members) {
            union = union == null ? box(element) : union.createUnion(box(element));
        }
        return new Rectangle2D.Double(union.getX() - FOREST_PADDING, union.getY() - HEADER,
                union.getWidth() + 2 * FOREST_PADDING, union.getHeight() + HEADER + FOREST_PADDING);
    }

    /** The union of every forest and element; an empty rectangle at the origin for an empty topology. */
    static Rectangle2D bounds(Topology topology) {
        Rectangle2D union = null;
        for (Forest forest : topology.forests()) {
            Rectangle2D box = box(forest, topology.elementsIn(forest.id()));
            union = union == null ? box : union.createUnion(box);
        }
        for (Element element : topology.elements()) {
            Rectangle2D box = box(element);
            union = union == null ? box : union.createUnion(box);
        }
        return union == null ? new Rectangle2D.Double(0, 0, 0, 0) : union;
    }

    /**
     * The segment a link is drawn along: from the edge of one box to the edge of the other on the line between
     * their centres. When one box holds the other (a member homed on its own pool) the segment runs from the top of
     * the inner box up to the container's header. Null when the boxes coincide.
     */
    static Line2D connector(Rectangle2D from, Rectangle2D to) {
        if (from.contains(to.getCenterX(), to.getCenterY()) || to.contains(from.getCenterX(), from.getCenterY())) {
            boolean fromInside = to.contains(from);
            Rectangle2D inner = fromInside ? from : to;
            Rectangle2D outer = fromInside ? to : from;
            if (inner.equals(outer) || inner.getY() <= outer.getY() + HEADER / 2) {
                return null;
            }
            Point2D top = new Point2D.Double(inner.getCenterX(), inner.getY());
            Point2D header = new Point2D.Double(inner.getCenterX(), outer.getY() + HEADER);
            return fromInside ? new Line2D.Double(top, header) : new Line2D.Double(header, top);
        }
        Point2D start = exit(from, to.getCenterX(), to.getCenterY());
        Point2D end = exit(to, from.getCenterX(), from.getCenterY());
        return new Line2D.Double(start, end);
    }

    /** Where the ray from the box's centre towards (tx, ty) leaves the box. */
    private static Point2D exit(Rectangle2D box, double tx, double ty) {
        double cx = box.getCenterX();
        double cy = box.getCenterY();
        double dx = tx - cx;
        double dy = ty - cy;
        double tX = dx == 0 ? Double.POSITIVE_INFINITY : (box.getWidth() / 2) / Math.abs(dx);
        double tY = dy == 0 ? Double.POSITIVE_INFINITY : (box.getHeight() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tX, tY));
        return new Point2D.Double(cx + dx * t, cy + dy * t);
    }
}
