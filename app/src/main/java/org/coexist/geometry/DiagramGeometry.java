package org.coexist.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Where things are drawn, in model coordinates, read from the topology and the catalog alone: the boxes of cards,
 * pools and forests, which container lies under a point, the ends of links. The canvas, its overview, every
 * exporter and the import layout ask here, so a diagram is the same on screen, in a PNG, SVG or PDF, and as laid
 * out; nothing here depends on what is drawn.
 */
public final class DiagramGeometry {
    /** Positions snap to this grid. */
    public static final double GRID = 20;
    /** A card's size when neither the element nor its type says otherwise. */
    public static final double CARD_WIDTH = 170;
    public static final double CARD_HEIGHT = 60;
    /** Room for a forest's icon and name above its contents. */
    public static final double FOREST_HEADER = 32;
    /** Room for a pool's icon, name, type and version above its members. */
    public static final double POOL_HEADER = 46;
    /** Space around contents inside a container (a forest without a size, the import layout). */
    public static final double PADDING = 20;
    /** The smallest pool drawn as a container: room for its header and a readable name. */
    public static final double MIN_CONTAINER_WIDTH = 240;
    public static final double MIN_CONTAINER_HEIGHT = 100;
    /** A forest dragged from the palette. */
    public static final double NEW_FOREST_WIDTH = 600;
    public static final double NEW_FOREST_HEIGHT = 400;

    private final Catalog catalog;

    public DiagramGeometry(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Where an element may go: the forest and, when dropped into a pool, that pool (else null). */
    public record Placement(String forestId, String poolId) {
    }

    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    /** Whether the element is drawn as a container that members sit in (the catalog's {@code container}). */
    public boolean isContainer(Element element) {
        ElementTypeSpec spec = catalog.spec(element.type());
        return spec != null && spec.container();
    }

    /** The element's own width, else its type's default size from the catalog. */
    public double width(Element element) {
        if (element.width() > 0) {
            return element.width();
        }
        ElementTypeSpec spec = catalog.spec(element.type());
        return spec == null ? CARD_WIDTH : spec.defaultWidth();
    }

    public double height(Element element) {
        if (element.height() > 0) {
            return element.height();
        }
        ElementTypeSpec spec = catalog.spec(element.type());
        return spec == null ? CARD_HEIGHT : spec.defaultHeight();
    }

    public Box box(Element element) {
        return new Box(element.x(), element.y(), width(element), height(element));
    }

    /** The forest's own bounds, or, when it has no size, the bounds of its elements with room for its name. */
    public Box box(Forest forest, Topology topology) {
        return box(forest, forest.width() > 0 && forest.height() > 0 ? List.of() : topology.elementsIn(forest.id()));
    }

    /** @param members the forest's elements (needed only when the forest has no size of its own) */
    public Box box(Forest forest, List<Element> members) {
        if (forest.width() > 0 && forest.height() > 0) {
            return new Box(forest.x(), forest.y(), forest.width(), forest.height());
        }
        if (members.isEmpty()) {
            return new Box(forest.x(), forest.y(), CARD_WIDTH + 2 * PADDING, FOREST_HEADER + CARD_HEIGHT + PADDING);
        }
        Box union = null;
        for (Element element : members) {
            union = union == null ? box(element) : union.union(box(element));
        }
        return new Box(union.x() - PADDING, union.y() - FOREST_HEADER - PADDING, union.width() + 2 * PADDING,
                union.height() + FOREST_HEADER + 2 * PADDING);
    }

    /** The union of every forest and element, or null when the topology is empty. */
    public Box bounds(Topology topology) {
        Box union = null;
        for (Forest forest : topology.forests()) {
            Box box = box(forest, topology);
            union = union == null ? box : union.union(box);
        }
        for (Element element : topology.elements()) {
            Box box = box(element);
            union = union == null ? box : union.union(box);
        }
        return union;
    }

    /** The union of the boxes of the forests, elements and (through their ends) links with these ids; null if none. */
    public Box union(Topology topology, Collection<String> ids) {
        Box result = null;
        for (String id : ids) {
            Box box = null;
            if (topology.forest(id) != null) {
                box = box(topology.forest(id), topology);
            } else if (topology.element(id) != null) {
                box = box(topology.element(id));
            } else if (topology.link(id) != null) {
                Link link = topology.link(id);
                Element from = topology.element(link.from());
                Element to = topology.element(link.to());
                if (from != null && to != null) {
                    box = box(from).union(box(to));
                }
            }
            result = result == null ? box : box == null ? result : result.union(box);
        }
        return result;
    }

    /** How far above a framed phase's content a forest's name may be and still be framed with it. */
    public static final double FOREST_NAME_REACH = 120;

    /**
     * The box of these ids and of the forests holding them, as far as those reach within {@link #FOREST_NAME_REACH}
     * of them (a forest's name and border, not the empty room of a large forest): what a presented phase frames.
     * Null when none of the ids exists.
     */
    public Box framed(Topology topology, Collection<String> ids) {
        Box content = union(topology, ids);
        if (content == null) {
            return null;
        }
        Box reach = content.grown(FOREST_NAME_REACH);
        Box result = content;
        Set<String> forestIds = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            Element element = topology.element(id);
            if (element != null) {
                forestIds.add(element.forest());
            }
        }
        for (String forestId : forestIds) {
            Forest forest = topology.forest(forestId);
            if (forest != null) {
                Box box = box(forest, topology);
                double minX = Math.max(box.x(), reach.x());
                double minY = Math.max(box.y(), reach.y());
                double maxX = Math.min(box.maxX(), reach.maxX());
                double maxY = Math.min(box.maxY(), reach.maxY());
                if (maxX > minX && maxY > minY) {
                    result = result.union(new Box(minX, minY, maxX - minX, maxY - minY));
                }
            }
        }
        return result;
    }

    /**
     * The segment a link between two boxes is drawn along: from the edge of one to the edge of the other on the
     * line between their centres. When one box holds the other (a member homed on its own pool) it runs from the
     * top of the inner box up to the container's header. Null when there is nothing to draw (the boxes coincide,
     * or the inner box sits in the header).
     */
    public static Segment connector(Box from, Box to) {
        if (from.contains(to.centreX(), to.centreY()) || to.contains(from.centreX(), from.centreY())) {
            boolean fromInside = to.contains(from);
            Box inner = fromInside ? from : to;
            Box outer = fromInside ? to : from;
            if (inner.equals(outer) || inner.y() <= outer.y() + POOL_HEADER / 2) {
                return null;
            }
            double header = Math.min(outer.y() + POOL_HEADER, inner.y());
            return fromInside ? new Segment(inner.centreX(), inner.y(), inner.centreX(), header)
                    : new Segment(inner.centreX(), header, inner.centreX(), inner.y());
        }
        double[] start = exit(from, to.centreX(), to.centreY());
        double[] end = exit(to, from.centreX(), from.centreY());
        return new Segment(start[0], start[1], end[0], end[1]);
    }

    /** Where the link is drawn between its ends' boxes as the model has them; null when not drawn. */
    public Segment connector(Link link, Topology topology) {
        Element from = topology.element(link.from());
        Element to = topology.element(link.to());
        return from == null || to == null ? null : connector(box(from), box(to));
    }

    /** Where the ray from the box's centre towards (tx, ty) leaves the box. */
    private static double[] exit(Box box, double tx, double ty) {
        double cx = box.centreX();
        double cy = box.centreY();
        double dx = tx - cx;
        double dy = ty - cy;
        double tX = dx == 0 ? Double.POSITIVE_INFINITY : (box.width() / 2) / Math.abs(dx);
        double tY = dy == 0 ? Double.POSITIVE_INFINITY : (box.height() / 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tX, tY));
        return new double[] {cx + dx * t, cy + dy * t};
    }

    /**
     * The innermost container under the point: a pool (unless pools are not wanted, or it is excluded) inside a
     * forest, else the forest; null when the point is outside every forest.
     */
    public Placement placementAt(Topology topology, double x, double y, Set<String> excluded, boolean intoPools) {
        Forest forest = forestAt(topology, x, y);
        if (forest == null) {
            return null;
        }
        if (intoPools) {
            Element pool = null;
            for (Element element : topology.elementsIn(forest.id())) {
                if (isContainer(element) && !excluded.contains(element.id()) && box(element).contains(x, y)) {
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
    public Forest forestAt(Topology topology, double x, double y) {
        Forest found = null;
        for (Forest forest : topology.forests()) {
            if (box(forest, topology).contains(x, y)) {
                found = forest;
            }
        }
        return found;
    }

    /** The element under the point, cards before pools (cards are drawn above pools). */
    public Element elementAt(Topology topology, double x, double y) {
        Element pool = null;
        Element card = null;
        for (Element element : topology.elements()) {
            if (box(element).contains(x, y)) {
                if (isContainer(element)) {
                    pool = element;
                } else {
                    card = element;
                }
            }
        }
        return card != null ? card : pool;
    }

    /** The element and, for a pool, every member, recursively. */
    public static Set<String> withMembers(Topology topology, String elementId) {
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
}
