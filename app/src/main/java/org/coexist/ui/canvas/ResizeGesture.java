package org.coexist.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;

/** Resizes a forest or pool from its bottom-right handle, snapped to the grid; one command on release. */
final class ResizeGesture implements Gesture {
    /** A forest may be as small as this; a pool no smaller than its name needs. */
    private static final double MIN_FOREST_WIDTH = 200;
    private static final double MIN_FOREST_HEIGHT = 100;
    private final CanvasParts parts;
    private final String id;
    private final Region view;
    private final Point2D pressedAt;
    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private final double minWidth;
    private final double minHeight;
    private double newWidth;
    private double newHeight;

    ResizeGesture(CanvasParts parts, String id, Point2D pressedAt) {
        this.parts = parts;
        this.id = id;
        this.pressedAt = pressedAt;
        Topology topology = parts.topology();
        Forest forest = topology.forest(id);
        if (forest != null) {
            view = parts.registry().forest(id);
            x = forest.x();
            y = forest.y();
            width = forest.width();
            height = forest.height();
            minWidth = MIN_FOREST_WIDTH;
            minHeight = MIN_FOREST_HEIGHT;
        } else {
            Element pool = topology.element(id);
            view = parts.registry().element(id);
            x = pool.x();
            y = pool.y();
            width = parts.geometry().width(pool);
            height = parts.geometry().height(pool);
            minWidth = DiagramGeometry.MIN_CONTAINER_WIDTH;
            minHeight = DiagramGeometry.MIN_CONTAINER_HEIGHT;
        }
        newWidth = width;
        newHeight = height;
    }

    @Override
    public void drag(Point2D model, MouseEvent event) {
        newWidth = Math.max(minWidth, DiagramGeometry.snap(x + width + model.getX() - pressedAt.getX()) - x);
        newHeight = Math.max(minHeight, DiagramGeometry.snap(y + height + model.getY() - pressedAt.getY()) - y);
        size(newWidth, newHeight);
    }

    @Override
    public void release(Point2D model, MouseEvent event) {
        size(width, height);
        if (newWidth != width || newHeight != height) {
            parts.context().execute(parts.context().edits().resize(parts.topology(), id, x, y, newWidth, newHeight));
        }
    }

    @Override
    public void cancel() {
        size(width, height);
    }

    private void size(double w, double h) {
        view.setMinSize(w, h);
        view.setPrefSize(w, h);
        view.setMaxSize(w, h);
        if (view instanceof ElementView) {
            parts.registry().rerouteLinksOf(java.util.List.of(id));
        }
    }
}
