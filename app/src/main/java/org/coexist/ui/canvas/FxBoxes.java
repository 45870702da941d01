package org.coexist.ui.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.coexist.geometry.Box;

/** Between the headless geometry's boxes and JavaFX bounds, where the viewport needs the latter. */
final class FxBoxes {
    private FxBoxes() {
    }

    static Bounds bounds(Box box) {
        return box == null ? null : new BoundingBox(box.x(), box.y(), box.width(), box.height());
    }

    static Box box(Bounds bounds) {
        return bounds == null ? null
                : new Box(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
