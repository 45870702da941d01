package org.coexist.ui.canvas;

import java.util.Collection;
import java.util.HashMap;
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
 */
final class OverviewDamage implements TopologyListener {
    private final ViewRegistry registry;
    private final DiagramGeometry geometry;
    /** Where views moved by a gesture in progress were last drawn, with their links. */
    private final Map<String, Box> dragged = new HashMap<>();
    private Box area;
    private boolean whole = true;

    OverviewDamage(ViewRegistry registry, DiagramGeometry geometry) {
        this.registry = registry;
        this.geometry = geometry;
    }

    boolean isWhole() {
        return whole;
    }

    /** The model area to repaint, or null when nothing is. */
    Box area() {
        return area;
    }

    boolean isEmpty() {
        return !whole && area == null;
    }

    void all() {
        whole = true;
    }

    void clear() {
        whole = false;
        area = null;
    }

    /** These forests, elements or links look different now (selection, findings, presence) where they are. */
    void ids(Collection<String> ids) {
        Topology topology = registry.topology();
        if (topology == null) {
            return;
        }
        for (String id : ids) {
            add(extentOf(topology, id));
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
            Box before = dragged.get(id);
            add(before != null ? before : modelExtent(topology, id));
            Box now = extentOf(topology, id);
            if (now != null) {
                dragged.put(id, now);
            }
            add(now);
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
                        add(segmentBox(link, element.id(), box, topology));
                    }
                }
            }
        } else if (change instanceof ModelChange.LinkChange c) {
            Segment segment = geometry.connector(c.current(), topology);
            add(segment == null ? null : segment.box());
            if (c.before() != null && c.after() != null) {
                Segment was = geometry.connector(c.before(), topology);
                add(was == null ? null : was.box());
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

    /** Where the forest, element (with its links) or link is drawn now; null for anything else. */
    private Box extentOf(Topology topology, String id) {
        Forest forest = topology.forest(id);
        if (forest != null) {
            return registry.boxOf(forest);
        }
        Element element = topology.element(id);
        if (element != null) {
            Box extent = registry.boxOf(element);
            for (Link link : topology.linksOf(id)) {
                Segment segment = registry.endsOf(link);
                extent = segment == null ? extent : extent.union(segment.box());
            }
            return extent;
        }
        Link link = topology.link(id);
        Segment segment = link == null ? null : registry.endsOf(link);
        return segment == null ? null : segment.box();
    }

    /** Where the element and its links are drawn when no gesture moves them: at their places in the model. */
    private Box modelExtent(Topology topology, String id) {
        Element element = topology.element(id);
        if (element == null) {
            return null;
        }
        Box box = geometry.box(element);
        Box extent = box;
        for (Link link : topology.linksOf(id)) {
            Box segment = segmentBox(link, id, box, topology);
            extent = segment == null ? extent : extent.union(segment);
        }
        return extent;
    }

    /** The box of the link drawn with this end at the given box and the other where the model has it. */
    private Box segmentBox(Link link, String endId, Box endBox, Topology topology) {
        String otherId = link.from().equals(endId) ? link.to() : link.from();
        Element other = topology.element(otherId);
        if (other == null) {
            return null;
        }
        Box otherBox = otherId.equals(endId) ? endBox : geometry.box(other);
        Segment segment = link.from().equals(endId) ? DiagramGeometry.connector(endBox, otherBox)
                : DiagramGeometry.connector(otherBox, endBox);
        return segment == null ? null : segment.box();
    }

    private void add(Box box) {
        if (box != null) {
            area = area == null ? box : area.union(box);
        }
    }
}
