package org.coexist.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * One pointer gesture on the canvas, from the press that starts it (its constructor) to the release or cancel
 * that ends it. Points are in model coordinates.
 */
interface Gesture {

    void drag(Point2D model, MouseEvent event);

    void release(Point2D model, MouseEvent event);

    /** Ends the gesture without any change (Escape, or the document went away). */
    void cancel();
}
