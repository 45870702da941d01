package org.coexist.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Scrolls the view with the pointer: middle-button drag, or primary drag with Space held. */
final class PanGesture implements Gesture {
    private final Viewport viewport;
    private double lastX;
    private double lastY;

    PanGesture(Viewport viewport, MouseEvent pressed) {
        this.viewport = viewport;
        lastX = pressed.getScreenX();
        lastY = pressed.getScreenY();
        viewport.node().setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void drag(Point2D model, MouseEvent event) {
        viewport.panBy(event.getScreenX() - lastX, event.getScreenY() - lastY);
        lastX = event.getScreenX();
        lastY = event.getScreenY();
    }

    @Override
    public void release(Point2D model, MouseEvent event) {
        viewport.node().setCursor(null);
    }

    @Override
    public void cancel() {
        viewport.node().setCursor(null);
    }
}
