package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.edit.Edit;

/**
 * Keeps what is dropped inside the container it was dropped into: a drop near an edge is moved in, below the
 * container's header (the forest's or pool's name stays readable), and a container too small for it grows, the
 * pool first and then its forest, in the same command as the drop.
 */
final class Containment {
    /** Room kept inside a container's border, one grid step. */
    static final double INSET = CanvasGeometry.GRID;
    /** From a forest's top to where its members may start: its header (32) and a gap, on the grid. */
    static final double FOREST_TOP = 2 * CanvasGeometry.GRID;
    /** From a pool's top to where its members may start: its header (46) and a gap, on the grid. */
    static final double POOL_TOP = 3 * CanvasGeometry.GRID;
    private final CanvasGeometry geometry;

    Containment(CanvasGeometry geometry) {
        this.geometry = geometry;
    }

    /** Where members of the pool (when not null) or else of the forest may lie. */
    Bounds interior(Topology topology, String forestId, String poolId) {
        if (poolId != null) {
            return inside(geometry.bounds(topology.element(poolId)), POOL_TOP);
        }
        return inside(CanvasGeometry.bounds(topology.forest(forestId)), FOREST_TOP);
    }

    /** The top-left corner that puts a box of this size inside the interior, as near the wanted one as it can. */
    static Point2D placeInside(Bounds interior, double x, double y, double width, double height) {
        return new Point2D(clamp(x, interior.getMinX(), interior.getMaxX() - width),
                clamp(y, interior.getMinY(), interior.getMaxY() - height));
    }

    /**
     * The edits that grow the pool (when not null) and then the forest until the box lies in their interiors;
     * empty when it already does.
     */
    List<Edit> growToHold(Topology topology, String forestId, String poolId, Bounds box) {
        List<Edit> edits = new ArrayList<>();
        Bounds needed = box;
        if (poolId != null) {
            Element pool = topology.element(poolId);
            Bounds now = geometry.bounds(pool);
            Bounds grown = grown(now, needed, POOL_TOP);
            if (!grown.equals(now)) {
                edits.add(new Edit.OfElement(pool, pool.withPosition(grown.getMinX(), grown.getMinY())
                        .withSize(grown.getWidth(), grown.getHeight())));
            }
            needed = grown;
        }
        Forest forest = topology.forest(forestId);
        Bounds now = CanvasGeometry.bounds(forest);
        Bounds grown = grown(now, needed, FOREST_TOP);
        if (!grown.equals(now)) {
            edits.add(new Edit.OfForest(forest, forest.withBounds(grown.getMinX(), grown.getMinY(),
                    grown.getWidth(), grown.getHeight())));
        }
        return edits;
    }

    /**
     * The edits that grow containers until each box lies inside its container's interior: pools first, then each
     * forest around its boxes and grown pools together, so that a forest gets one edit whatever lands in it.
     */
    List<Edit> growToHold(Topology topology, Map<CanvasGeometry.Placement, Bounds> boxes) {
        List<Edit> edits = new ArrayList<>();
        Map<String, Bounds> perForest = new LinkedHashMap<>();
        for (Map.Entry<CanvasGeometry.Placement, Bounds> entry : boxes.entrySet()) {
            CanvasGeometry.Placement placement = entry.getKey();
            Bounds needed = entry.getValue();
            if (placement.poolId() != null) {
                List<Edit> poolGrowth = growToHold(topology, placement.forestId(), placement.poolId(), needed);
                Element pool = topology.element(placement.poolId());
                Bounds poolBounds = geometry.bounds(pool);
                for (Edit edit : poolGrowth) {
                    if (edit instanceof Edit.OfElement grown) {
                        edits.add(grown);
                        poolBounds = geometry.bounds(grown.after());
                    }
                }
                needed = poolBounds;
            }
            perForest.merge(placement.forestId(), needed, CanvasGeometry::join);
        }
        perForest.forEach((forestId, needed) -> edits.addAll(growToHold(topology, forestId, null, needed)));
        return edits;
    }

    private static Bounds inside(Bounds container, double top) {
        return new BoundingBox(container.getMinX() + INSET, container.getMinY() + top,
                Math.max(0, container.getWidth() - 2 * INSET), Math.max(0, container.getHeight() - top - INSET));
    }

    /** The container widened to the grid until the box lies in its interior. */
    private static Bounds grown(Bounds container, Bounds box, double top) {
        double grid = CanvasGeometry.GRID;
        double minX = Math.min(container.getMinX(), Math.floor((box.getMinX() - INSET) / grid) * grid);
        double minY = Math.min(container.getMinY(), Math.floor((box.getMinY() - top) / grid) * grid);
        double maxX = Math.max(container.getMaxX(), Math.ceil((box.getMaxX() + INSET) / grid) * grid);
        double maxY = Math.max(container.getMaxY(), Math.ceil((box.getMaxY() + INSET) / grid) * grid);
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }
}
