package org.coexist.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.ImageCursor;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** JavaFX has no "not allowed" cursor: this draws one (a red circle with a bar). */
final class Cursors {
    private Cursors() {
    }

    static Cursor forbidden() {
        int size = 24;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        Color red = Color.web("#d1242f");
        double centre = (size - 1) / 2.0;
        double outer = 10.5;
        double inner = 7.5;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x - centre;
                double dy = y - centre;
                double distance = Math.hypot(dx, dy);
                boolean ring = distance <= outer && distance >= inner;
                boolean bar = distance <= outer && Math.abs(dx - dy) / Math.sqrt(2) <= 1.6;
                pixels.setColor(x, y, ring || bar ? red : Color.TRANSPARENT);
            }
        }
        return new ImageCursor(image, centre, centre);
    }
}
