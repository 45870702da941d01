package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.edit.Edit;

/**
 * Keeps what is dropped inside the container it was dropped into: a drop near an edge is moved in, below the
 * container's header (the forest's or pool's name stays readable) and clear of what the container holds, and a
 * container too small for it grows, the pool first and then its forest, in the same command as the drop.
 */
final class Containment {
    /** Room kept inside a container's border, one grid step. */
    static final double INSET = DiagramGeometry.GRID;
    /** From a forest's top to where its members may start: its header and a gap, on the grid. */
    static final double FOREST_TOP = 2 * DiagramGeometry.GRID;
    /** From a pool's top to where its members may start: its header and a gap, on the grid. */
    static final double POOL_TOP = 3 * DiagramGeometry.GRID;
    private final DiagramGeometry geometry;

    Containment(DiagramGeometry geometry) {
        this.geometry = geometry;
    }

    /** Where members of the pool (when not null) or else of the forest may lie. */
    Box interior(Topology topology, String forestId, String poolId) {
        if (poolId != null) {
            return inside(geometry.box(topology.element(poolId)), POOL_TOP);
        }
        return inside(geometry.box(topology.forest(forestId), topology), FOREST_TOP);
    }

    /**
     * Where a new box goes in its container: the free place nearest the wanted one inside the interior, clear of
     * what the container already holds; when nothing is free, below all of it (the container then grows).
     */
    Box freeSpot(Topology topology, DiagramGeometry.Placement placement, Box wanted) {
        Box interior = interior(topology, placement.forestId(), placement.poolId());
        Box start = placeInside(interior, wanted.x(), wanted.y(), wanted.width(), wanted.height());
        List<Box> taken = new ArrayList<>();
        for (Element element : topology.elements()) {
            boolean sibling = placement.poolId() != null ? placement.poolId().equals(element.parent())
                    : element.forest().equals(placement.forestId()) && element.parent() == null;
            if (sibling) {
                taken.add(geometry.box(element).grown(DiagramGeometry.GRID / 2));
            }
        }
        if (isFree(start, taken)) {
            return start;
        }
        double grid = DiagramGeometry.GRID;
        Box best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y = interior.y(); y + wanted.height() <= interior.maxY(); y += grid) {
            for (double x = interior.x(); x + wanted.width() <= interior.maxX(); x += grid) {
                Box candidate = new Box(x, y, wanted.width(), wanted.height());
                double distance = Math.hypot(x - start.x(), y - start.y());
                if (distance < bestDistance && isFree(candidate, taken)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        if (best != null) {
            return best;
        }
        double below = taken.stream().mapToDouble(Box::maxY).max().orElse(interior.y());
        return new Box(start.x(), Math.ceil(below / grid) * grid, wanted.width(), wanted.height());
    }

    private static boolean isFree(Box box, List<Box> taken) {
        for (Box other : taken) {
            if (box.x() < other.maxX() && other.x() < box.maxX() && box.y() < other.maxY() && other.y() < box.maxY()) {
                return false;
            }
        }
        return true;
    }

    /** The box of this size inside the area, as near the wanted corner as it can be. */
    static Box placeInside(Box area, double x, double y, double width, double height) {
        return new Box(clamp(x, area.x(), area.maxX() - width), clamp(y, area.y(), area.maxY() - height), width,
                height);
    }

    /**
     * The edits that grow the pool (when not null) and then the forest until the box lies in their interiors;
     * empty when it already does.
     */
    List<Edit> growToHold(Topology topology, String forestId, String poolId, Box box) {
        return growToHold(topology, Map.of(new DiagramGeometry.Placement(forestId, poolId), box));
    }

    /**
     * The edits that grow containers until each box lies inside its container's interior: pools first, then each
     * forest around its boxes and grown pools together, so that a forest gets one edit whatever lands in it.
     */
    List<Edit> growToHold(Topology topology, Map<DiagramGeometry.Placement, Box> boxes) {
        List<Edit> edits = new ArrayList<>();
        Map<String, Box> perForest = new LinkedHashMap<>();
        for (Map.Entry<DiagramGeometry.Placement, Box> entry : boxes.entrySet()) {
            DiagramGeometry.Placement placement = entry.getKey();
            Box needed = entry.getValue();
            if (placement.poolId() != null) {
                Element pool = topology.element(placement.poolId());
                Box now = geometry.box(pool);
                Box grown = grown(now, needed, POOL_TOP);
                if (!grown.equals(now)) {
                    edits.add(new Edit.OfElement(pool, pool.withPosition(grown.x(), grown.y())
                            .withSize(grown.width(), grown.height())));
                }
                needed = grown;
            }
            perForest.merge(placement.forestId(), needed, Box::union);
        }
        perForest.forEach((forestId, needed) -> {
            Forest forest = topology.forest(forestId);
            Box now = geometry.box(forest, topology);
            Box grown = grown(now, needed, FOREST_TOP);
            if (!grown.equals(now)) {
                edits.add(new Edit.OfForest(forest, forest.withBounds(grown.x(), grown.y(), grown.width(),
                        grown.height())));
            }
        });
        return edits;
    }

    private static Box inside(Box container, double top) {
        return new Box(container.x() + INSET, container.y() + top, Math.max(0, container.width() - 2 * INSET),
                Math.max(0, container.height() - top - INSET));
    }

    /** The container widened to the grid until the box lies in its interior. */
    private static Box grown(Box container, Box box, double top) {
        double grid = DiagramGeometry.GRID;
        double minX = Math.min(container.x(), Math.floor((box.x() - INSET) / grid) * grid);
        double minY = Math.min(container.y(), Math.floor((box.y() - top) / grid) * grid);
        double maxX = Math.max(container.maxX(), Math.ceil((box.maxX() + INSET) / grid) * grid);
        double maxY = Math.max(container.maxY(), Math.ceil((box.maxY() + INSET) / grid) * grid);
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }
}
