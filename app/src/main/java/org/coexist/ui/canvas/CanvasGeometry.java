package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/**
 * Where things are in model coordinates, read from the topology alone: sizes of cards and pools, which
 * container lies under a point, the bounds of a set of ids. Gestures and drops ask here rather than the views,
 * so a hit test does not depend on what is drawn.
 */
final class CanvasGeometry {
    static final double GRID = 20;
    static final double CARD_WIDTH = 170;
    static final double CARD_HEIGHT = 60;
    static final double POOL_WIDTH = 340;
    static final double POOL_HEIGHT = 200;
    static final double FOREST_WIDTH = 600;
    static final double FOREST_HEIGHT = 400;
    /** How far above a framed phase's content a forest's name may be and still be framed with it. */
    static final double FOREST_NAME_REACH = 120;

    private final Catalog catalog;

    CanvasGeometry(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Where an element may go: the forest and, when dropped into a pool, that pool. */
    record Placement(String forestId, String poolId) {
    }

    static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    boolean isPool(Element element) {
        return catalog.spec(element.type()).container();
    }

    double width(Element element) {
        if (element.width() > 0) {
            return element.width();
        }
        return isPool(element) ? POOL_WIDTH : CARD_WIDTH;
    }

    double height(Element element) {
        if (element.height() > 0) {
            return element.height();
        }
        return isPool(element) ? POOL_HEIGHT : CARD_HEIGHT;
    }

    Bounds bounds(Element element) {
        return new BoundingBox(element.x(), element.y(), width(element), height(element));
    }

    static Bounds bounds(Forest forest) {
        return new BoundingBox(forest.x(), forest.y(), forest.width(), forest.height());
    }

    /**
     * The innermost container under the point: a pool (unless pools are not wanted, or it is excluded) inside a
     * forest, else the forest; null when the point is outside every forest.
     */
    Placement placementAt(Topology topology, double x, double y, Set<String> excluded, boolean intoPools) {
        Forest forest = forestAt(topology, x, y);
        if (forest == null) {
            return null;
        }
        if (intoPools) {
            Element pool = null;
            for (Element element : topology.elementsIn(forest.id())) {
                if (isPool(element) && !excluded.contains(element.id()) && bounds(element).contains(x, y)) {
                    pool = element;
                }
            }
            if (pool != null) {
                return new Placement(forest.id(), pool.id());
            }
        }
        return new Placement(forest.id(), null);
    }

    /** The forest under the point; the last drawn wins where forests overlap. */
    static Forest forestAt(Topology topology, double x, double y) {
        Forest found = null;
        for (Forest forest : topology.forests()) {
            if (forest.contains(x, y)) {
                found = forest;
            }
        }
        return found;
    }

    /** The element card under the point, cards before pools (cards are drawn above pools). */
    Element elementAt(Topology topology, double x, double y) {
        Element pool = null;
        Element card = null;
        for (Element element : topology.elements()) {
            if (bounds(element).contains(x, y)) {
                if (isPool(element)) {
                    pool = element;
                } else {
                    card = element;
                }
            }
        }
        return card != null ? card : pool;
    }

    /** The element and, for a pool, every member, recursively. */
    static Set<String> withMembers(Topology topology, String elementId) {
        Set<String> result = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(elementId));
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (result.add(id)) {
                topology.childrenOf(id).forEach(child -> pending.add(child.id()));
            }
        }
        return result;
    }

    /** The union of the bounds of forests, elements and (through their ends) links with these ids; null if none. */
    Bounds union(Topology topology, Collection<String> ids) {
        Bounds result = null;
        for (String id : ids) {
            Bounds b = null;
            if (topology.forest(id) != null) {
                b = bounds(topology.forest(id));
            } else if (topology.element(id) != null) {
                b = bounds(topology.element(id));
            } else if (topology.link(id) != null) {
                Link link = topology.link(id);
                b = join(bounds(topology.element(link.from())), bounds(topology.element(link.to())));
            }
            result = result == null ? b : b == null ? result : join(result, b);
        }
        return result;
    }

    /**
     * The bounds of these ids and of the forests holding them, as far as those reach within
     * {@link #FOREST_NAME_REACH} of them (a forest's name and border, not the empty room of a large forest): what a
     * presented phase frames. Null when none of the ids exists.
     */
    Bounds framed(Topology topology, Collection<String> ids) {
        Bounds content = union(topology, ids);
        if (content == null) {
            return null;
        }
        Bounds reach = new BoundingBox(content.getMinX() - FOREST_NAME_REACH, content.getMinY() - FOREST_NAME_REACH,
                content.getWidth() + 2 * FOREST_NAME_REACH, content.getHeight() + 2 * FOREST_NAME_REACH);
        Bounds result = content;
        Set<String> forestIds = new LinkedHashSet<>();
        for (String id : ids) {
            Element element = topology.element(id);
            if (element != null) {
                forestIds.add(element.forest());
            }
        }
        for (String forestId : forestIds) {
            Forest forest = topology.forest(forestId);
            if (forest != null) {
                Bounds box = bounds(forest);
                double minX = Math.max(box.getMinX(), reach.getMinX());
                double minY = Math.max(box.getMinY(), reach.getMinY());
                double maxX = Math.min(box.getMaxX(), reach.getMaxX());
                double maxY = Math.min(box.getMaxY(), reach.getMaxY());
                if (maxX > minX && maxY > minY) {
                    result = join(result, new BoundingBox(minX, minY, maxX - minX, maxY - minY));
                }
            }
        }
        return result;
    }

    /** The bounds of everything in the topology, or null when it is empty. */
    Bounds all(Topology topology) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean any = false;
        for (Forest forest : topology.forests()) {
            any = true;
            minX = Math.min(minX, forest.x());
            minY = Math.min(minY, forest.y());
            maxX = Math.max(maxX, forest.x() + forest.width());
            maxY = Math.max(maxY, forest.y() + forest.height());
        }
        for (Element element : topology.elements()) {
            any = true;
            minX = Math.min(minX, element.x());
            minY = Math.min(minY, element.y());
            maxX = Math.max(maxX, element.x() + width(element));
            maxY = Math.max(maxY, element.y() + height(element));
        }
        return any ? new BoundingBox(minX, minY, maxX - minX, maxY - minY) : null;
    }

    /** Whether the segment from a to b passes through the area (Liang-Barsky clipping). */
    static boolean meets(Point2D a, Point2D b, Bounds area) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.getX() - area.getMinX(), area.getMaxX() - a.getX(), a.getY() - area.getMinY(),
            area.getMaxY() - a.getY()};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }

    static Bounds join(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
