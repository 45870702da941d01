package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;

/**
 * What meets an area of the overview, with the boxes and segments it is drawn at (a drag in progress included):
 * gathered from the model once per paint, then filtered by each tile it covers.
 */
final class OverviewSketch {
    /** A forest or element and its box. */
    record Shape<T>(T model, Box box) {
    }

    /** A link and where it is drawn. */
    record Line(Link link, Segment segment) {
    }

    final List<Shape<Forest>> forests = new ArrayList<>();
    final List<Shape<Element>> pools = new ArrayList<>();
    final List<Shape<Element>> cards = new ArrayList<>();
    final List<Line> links = new ArrayList<>();

    private OverviewSketch() {
    }

    static OverviewSketch of(Topology topology, ViewRegistry registry, DiagramGeometry geometry, Box area) {
        OverviewSketch sketch = new OverviewSketch();
        if (topology == null) {
            return sketch;
        }
        for (Forest forest : topology.forests()) {
            Box box = registry.boxOf(forest);
            if (box.intersects(area)) {
                sketch.forests.add(new Shape<>(forest, box));
            }
        }
        for (Element element : topology.elements()) {
            Box box = registry.boxOf(element);
            if (box.intersects(area)) {
                (geometry.isContainer(element) ? sketch.pools : sketch.cards).add(new Shape<>(element, box));
            }
        }
        for (Link link : topology.links()) {
            Segment segment = registry.endsOf(link);
            if (segment != null && segment.meets(area)) {
                sketch.links.add(new Line(link, segment));
            }
        }
        return sketch;
    }
}
