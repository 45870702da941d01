package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.edit.Edit;
import org.coexist.model.edit.EditCommand;
import org.coexist.ui.kernel.DesignerContext;

/**
 * Drags the selected forests and elements (and what they hold), snapping the grabbed one to the grid, and
 * issues one command on release: a move, or a move into another forest or pool when elements are dropped in
 * one. Dropping elements outside every forest is refused: they snap back and a banner says why.
 */
final class MoveGesture implements Gesture {
    private static final double THRESHOLD = 3;
    private final CanvasParts parts;
    private final List<String> ids;
    private final Point2D pressedAt;
    private final double anchorX;
    private final double anchorY;
    private final boolean elementsOnly;
    private final Set<String> movedElements = new LinkedHashSet<>();
    private final List<javafx.scene.Node> movedViews = new ArrayList<>();
    private boolean dragging;
    private double dx;
    private double dy;

    /** Moves these ids; the grabbed one is the forest or element whose position snaps to the grid. */
    MoveGesture(CanvasParts parts, List<String> ids, String grabbedId, Point2D pressedAt) {
        this.parts = parts;
        this.ids = List.copyOf(ids);
        this.pressedAt = pressedAt;
        Topology topology = parts.topology();
        Forest grabbedForest = topology.forest(grabbedId);
        Element grabbedElement = topology.element(grabbedId);
        anchorX = grabbedForest != null ? grabbedForest.x() : grabbedElement.x();
        anchorY = grabbedForest != null ? grabbedForest.y() : grabbedElement.y();
        boolean anyForest = false;
        for (String id : this.ids) {
            if (topology.forest(id) != null) {
                anyForest = true;
                movedViews.add(parts.registry().forest(id));
                topology.elementsIn(id).forEach(e -> movedElements.add(e.id()));
            } else if (topology.element(id) != null) {
                movedElements.addAll(DiagramGeometry.withMembers(topology, id));
            }
        }
        elementsOnly = !anyForest;
        movedElements.forEach(id -> movedViews.add(parts.registry().element(id)));
    }

    @Override
    public void drag(Point2D model, MouseEvent event) {
        double rawDx = model.getX() - pressedAt.getX();
        double rawDy = model.getY() - pressedAt.getY();
        if (!dragging && Math.hypot(rawDx, rawDy) * parts.viewport().zoomProperty().get() < THRESHOLD) {
            return;
        }
        dragging = true;
        dx = DiagramGeometry.snap(anchorX + rawDx) - anchorX;
        dy = DiagramGeometry.snap(anchorY + rawDy) - anchorY;
        offsetViews(dx, dy);
    }

    @Override
    public void release(Point2D model, MouseEvent event) {
        if (!dragging) {
            return;
        }
        DesignerContext context = parts.context();
        Topology topology = context.topology();
        if (!elementsOnly) {
            offsetViews(0, 0);
            if (dx != 0 || dy != 0) {
                context.execute(context.edits().move(topology, ids, dx, dy));
            }
            return;
        }
        boolean allMembers = ids.stream().map(topology::element)
                .allMatch(e -> context.catalog().spec(e.type()).member());
        DiagramGeometry.Placement placement = parts.geometry().placementAt(topology, model.getX(), model.getY(),
                movedElements, allMembers);
        offsetViews(0, 0);
        if (placement == null) {
            parts.banner().show(context.texts().get("canvas.moveRefused"));
            return;
        }
        boolean into = changesPlacement(topology, placement);
        if (into || dx != 0 || dy != 0) {
            EditCommand move = into
                    ? context.edits().moveInto(topology, ids, dx, dy, placement.forestId(), placement.poolId())
                    : context.edits().move(topology, ids, dx, dy);
            context.execute(withRoom(topology, move, into ? placement : null));
        }
    }

    /**
     * The move, with the pools and forests the elements land in grown to hold them (issue 9: nothing sticks out
     * of its container or covers its name). {@code into}: the one new container, or null when each stays in its own.
     */
    private EditCommand withRoom(Topology topology, EditCommand move, DiagramGeometry.Placement into) {
        Map<DiagramGeometry.Placement, Box> boxes = new LinkedHashMap<>();
        for (String id : movedElements) {
            Element element = topology.element(id);
            if (element.parent() != null && movedElements.contains(element.parent())) {
                continue;
            }
            DiagramGeometry.Placement container = into != null ? into
                    : new DiagramGeometry.Placement(element.forest(), element.parent());
            boxes.merge(container, parts.geometry().box(element).translated(dx, dy), Box::union);
        }
        List<Edit> growth = new Containment(parts.geometry()).growToHold(topology, boxes);
        if (growth.isEmpty()) {
            return move;
        }
        List<Edit> edits = new ArrayList<>(growth);
        edits.addAll(move.edits());
        return new EditCommand(move.name(), edits);
    }

    /** Whether the pointer moved far enough to make this a drag rather than a click. */
    boolean dragged() {
        return dragging;
    }

    @Override
    public void cancel() {
        offsetViews(0, 0);
    }

    /** Whether some moved element that is not held by another moved one would change forest or pool. */
    private boolean changesPlacement(Topology topology, DiagramGeometry.Placement placement) {
        for (String id : ids) {
            Element element = topology.element(id);
            if (element == null || (element.parent() != null && movedElements.contains(element.parent()))) {
                continue;
            }
            if (!element.forest().equals(placement.forestId())
                    || !java.util.Objects.equals(element.parent(), placement.poolId())) {
                return true;
            }
        }
        return false;
    }

    private void offsetViews(double x, double y) {
        for (javafx.scene.Node view : movedViews) {
            view.setTranslateX(x);
            view.setTranslateY(y);
        }
        List<String> moved = new ArrayList<>(movedElements);
        ids.stream().filter(id -> parts.topology().forest(id) != null).forEach(moved::add);
        parts.registry().rerouteLinksOf(moved);
    }
}
