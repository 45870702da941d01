package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.ModelChange;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;

/**
 * The part of the overview to repaint, in model coordinates: where what changed was drawn before and is drawn now.
 * A move of one card on a 2,000-element diagram then repaints the card, its links and what they cross, not the
 * whole canvas (in the software pipeline a full repaint of the overview takes most of a frame, or several).
 * Anything it cannot bound (a forest drawn around its elements, a phase switch, a new zoom) asks for the whole.
 * Damage is kept as a list of small boxes, a link's as pieces along it, so a long diagonal link does not damage
 * the whole rectangle it spans.
 */
final class OverviewDamage implements TopologyListener {
    private final ViewRegistry registry;
    private final DiagramGeometry geometry;
    /** Beyond this many boxes the damage is kept as their union: the tiles would be many anyway. */
    private static final int MAX_BOXES = 256;
    /** A link is damaged in pieces of about this length (model units), at most {@link #MAX_PIECES}. */
    private static final double PIECE = 200;
    private static final int MAX_PIECES = 24;
    /** Where views moved by a gesture in progress were last drawn, with their links. */
    private final Map<String, List<Box>> dragged = new HashMap<>();
    private final List<Box> areas = new ArrayList<>();
    private boolean whole = true;

    OverviewDamage(ViewRegistry registry, DiagramGeometry geometry) {
        this.registry = registry;
        this.geometry = geometry;
    }

    boolean isWhole() {
        return whole;
    }

    /** The model boxes to repaint; empty when nothing is. */
    List<Box> areas() {
        return areas;
    }

    boolean isEmpty() {
        return !whole && areas.isEmpty();
    }

    void all() {
        whole = true;
    }

    void clear() {
        whole = false;
        areas.clear();
    }

    /** These forests, elements or links look different now (selection, findings, presence) where they are. */
    void ids(Collection<String> ids) {
        Topology topology = registry.topology();
        if (topology == null) {
            return;
        }
        for (String id : ids) {
            addAll(extentOf(topology, id));
        }
    }

    /** Views moved by a gesture: where they were last drawn and where they are now, with their links. */
    void moved(Collection<String> ids) {
        Topology topology = registry.topology();
        if (topology == null) {
            return;
        }
        for (String id : ids) {
            if (topology.forest(id) != null) {
                whole = true;
                return;
            }
            List<Box> before = dragged.get(id);
            addAll(before != null ? before : modelExtent(topology, id));
            List<Box> now = extentOf(topology, id);
            dragged.put(id, now);
            addAll(now);
        }
    }

    @Override
    public void changed(ModelChange change) {
        Topology topology = registry.topology();
        if (topology == null || whole) {
            return;
        }
        if (change instanceof ModelChange.ElementChange c) {
            Element element = c.current();
            Forest forest = topology.forest(element.forest());
            if (forest == null || forest.width() <= 0 || forest.height() <= 0) {
                whole = true;
                return;
            }
            for (Element state : new Element[] {c.before(), c.after()}) {
                if (state != null) {
                    Box box = geometry.box(state);
                    add(box);
                    for (Link link : topology.linksOf(element.id())) {
                        addAll(pieces(segment(link, element.id(), box, topology)));
                    }
                }
            }
        } else if (change instanceof ModelChange.LinkChange c) {
            addAll(pieces(geometry.connector(c.current(), topology)));
            if (c.before() != null && c.after() != null) {
                addAll(pieces(geometry.connector(c.before(), topology)));
            }
        } else if (change instanceof ModelChange.ForestChange c) {
            for (Forest state : new Forest[] {c.before(), c.after()}) {
                if (state != null && (state.width() <= 0 || state.height() <= 0)) {
                    whole = true;
                } else if (state != null) {
                    add(geometry.box(state, topology));
                }
            }
        }
    }

    @Override
    public void settled() {
        dragged.clear();
    }

    /** Where the forest, element (with its links) or link is drawn now; empty for anything else. */
    private List<Box> extentOf(Topology topology, String id) {
        List<Box> extent = new ArrayList<>();
        Forest forest = topology.forest(id);
        if (forest != null) {
            extent.add(registry.boxOf(forest));
            return extent;
        }
        Element element = topology.element(id);
        if (element != null) {
            extent.add(registry.boxOf(element));
            for (Link link : topology.linksOf(id)) {
                extent.addAll(pieces(registry.endsOf(link)));
            }
            return extent;
        }
        Link link = topology.link(id);
        return link == null ? extent : pieces(registry.endsOf(link));
    }

    /** Where the element and its links are drawn when no gesture moves them: at their places in the model. */
    private List<Box> modelExtent(Topology topology, String id) {
        List<Box> extent = new ArrayList<>();
        Element element = topology.element(id);
        if (element == null) {
            return extent;
        }
        Box box = geometry.box(element);
        extent.add(box);
        for (Link link : topology.linksOf(id)) {
            extent.addAll(pieces(segment(link, id, box, topology)));
        }
        return extent;
    }

    /** The link drawn with this end at the given box and the other where the model has it; null when not drawn. */
    private Segment segment(Link link, String endId, Box endBox, Topology topology) {
        String otherId = link.from().equals(endId) ? link.to() : link.from();
        Element other = topology.element(otherId);
        if (other == null) {
            return null;
        }
        Box otherBox = otherId.equals(endId) ? endBox : geometry.box(other);
        return link.from().equals(endId) ? DiagramGeometry.connector(endBox, otherBox)
                : DiagramGeometry.connector(otherBox, endBox);
    }

    /** The segment as boxes of short pieces along it. */
    private static List<Box> pieces(Segment segment) {
        List<Box> pieces = new ArrayList<>();
        if (segment == null) {
            return pieces;
        }
        int count = (int) Math.max(1, Math.min(MAX_PIECES, Math.ceil(segment.length() / PIECE)));
        double dx = (segment.x2() - segment.x1()) / count;
        double dy = (segment.y2() - segment.y1()) / count;
        for (int i = 0; i < count; i++) {
            double x = segment.x1() + i * dx;
            double y = segment.y1() + i * dy;
            pieces.add(new Segment(x, y, x + dx, y + dy).box());
        }
        return pieces;
    }

    private void addAll(List<Box> boxes) {
        boxes.forEach(this::add);
    }

    private void add(Box box) {
        if (box == null) {
            return;
        }
        areas.add(box);
        if (areas.size() > MAX_BOXES) {
            Box union = areas.get(0);
            for (Box each : areas) {
                union = union.union(each);
            }
            areas.clear();
            areas.add(union);
        }
    }
}
