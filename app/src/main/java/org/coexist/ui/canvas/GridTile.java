package org.coexist.ui.canvas;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import org.coexist.geometry.DiagramGeometry;

/** The grid drawn as one tile (minor lines every grid step, a stronger line every five), repeated by a pattern. */
final class GridTile {
    static final double SIZE = DiagramGeometry.GRID * 5;
    static final String PAPER = "#fbfcfd";
    private static final Color MINOR = Color.web("#eceff3");
    private static final Color MAJOR = Color.web("#dde2e8");

    private GridTile() {
    }

    static ImagePattern pattern() {
        int size = (int) SIZE;
        int step = (int) DiagramGeometry.GRID;
        WritableImage tile = new WritableImage(size, size);
        PixelWriter pixels = tile.getPixelWriter();
        Color paper = Color.web(PAPER);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                Color colour = paper;
                if (x == 0 || y == 0) {
                    colour = MAJOR;
                } else if (x % step == 0 || y % step == 0) {
                    colour = MINOR;
                }
                pixels.setColor(x, y, colour);
            }
        }
        return new ImagePattern(tile, 0, 0, SIZE, SIZE, false);
    }
}
