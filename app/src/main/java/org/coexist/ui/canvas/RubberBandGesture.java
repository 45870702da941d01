package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;

/**
 * Selects the forests and elements wholly inside a rectangle dragged on empty canvas (or a forest's body); with
 * Shift or Ctrl they are added to the selection. A click without a drag selects what was pressed, or nothing.
 */
final class RubberBandGesture implements Gesture {
    private static final double THRESHOLD = 3;
    private final CanvasParts parts;
    private final Point2D start;
    private final boolean adding;
    private final String clicked;
    private final Rectangle band = new Rectangle();
    private boolean dragging;

    /** @param clicked what a plain click selects (a forest whose body was pressed), or null */
    RubberBandGesture(CanvasParts parts, Point2D start, boolean adding, String clicked) {
        this.parts = parts;
        this.start = start;
        this.adding = adding;
        this.clicked = clicked;
        band.getStyleClass().add("rubber-band");
        band.setMouseTransparent(true);
    }

    @Override
    public void drag(Point2D model, MouseEvent event) {
        if (!dragging && start.distance(model) * parts.viewport().zoomProperty().get() < THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            parts.viewport().overlay().getChildren().add(band);
        }
        Bounds box = box(model);
        band.setX(box.getMinX());
        band.setY(box.getMinY());
        band.setWidth(box.getWidth());
        band.setHeight(box.getHeight());
    }

    @Override
    public void release(Point2D model, MouseEvent event) {
        if (!dragging) {
            if (clicked == null) {
                if (!adding) {
                    parts.context().selection().clear();
                }
            } else if (adding) {
                parts.context().selection().toggle(clicked);
            } else {
                parts.context().selection().select(clicked);
            }
            return;
        }
        parts.viewport().overlay().getChildren().remove(band);
        Bounds box = box(model);
        Topology topology = parts.topology();
        List<String> inside = new ArrayList<>();
        for (Forest forest : topology.forests()) {
            if (box.contains(FxBoxes.bounds(parts.registry().boxOf(forest)))) {
                inside.add(forest.id());
            }
        }
        for (Element element : topology.elements()) {
            if (box.contains(FxBoxes.bounds(parts.geometry().box(element)))) {
                inside.add(element.id());
            }
        }
        // Ghosts of what the phase hides are not selectable.
        inside.removeIf(id -> !parts.registry().isPresent(id));
        if (adding) {
            parts.context().selection().add(inside);
        } else {
            parts.context().selection().select(inside);
        }
    }

    @Override
    public void cancel() {
        parts.viewport().overlay().getChildren().remove(band);
    }

    private Bounds box(Point2D end) {
        return new BoundingBox(Math.min(start.getX(), end.getX()), Math.min(start.getY(), end.getY()),
                Math.abs(end.getX() - start.getX()), Math.abs(end.getY() - start.getY()));
    }
}
