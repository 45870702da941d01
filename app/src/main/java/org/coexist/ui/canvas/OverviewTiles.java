package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import org.coexist.geometry.Box;

/**
 * The overview's pixels, as a grid of small canvases over the visible area (in the world, unscaled by the zoom):
 * a change repaints only the tiles it reaches, and the renderer, which redraws a canvas whole once its content
 * changes, then redraws and sends to the screen those tiles alone rather than the whole view. One canvas the size of
 * the view made every move on a 2,000-element diagram cost a full-window frame in the software pipeline.
 */
final class OverviewTiles {
    /** Tile size in pixels: a card, its links and what they cross usually fit in one to four. */
    static final int SIZE = 128;
    private final Group group = new Group();
    private final Scale unzoom = new Scale(1, 1, 0, 0);
    private final List<Canvas> tiles = new ArrayList<>();
    private int width;
    private int height;
    private int lastRepainted;

    OverviewTiles() {
        group.getStyleClass().add("overview");
        group.setMouseTransparent(true);
        group.setManaged(false);
        group.getTransforms().add(unzoom);
    }

    Node node() {
        return group;
    }

    /** How many tiles the last paint drew (tests check that a small change repaints few). */
    int lastRepainted() {
        return lastRepainted;
    }

    int count() {
        return tiles.size();
    }

    /** Covers the visible area at the zoom and paints every tile. */
    void paintAll(OverviewPainter painter, Bounds visible, double zoom) {
        group.setLayoutX(visible.getMinX());
        group.setLayoutY(visible.getMinY());
        unzoom.setX(1 / zoom);
        unzoom.setY(1 / zoom);
        cover((int) Math.ceil(visible.getWidth() * zoom), (int) Math.ceil(visible.getHeight() * zoom));
        Box origin = FxBoxes.box(visible);
        OverviewSketch sketch = painter.sketch(origin.grown(OverviewPainter.STROKE_REACH / zoom));
        for (Canvas tile : tiles) {
            // A whole clear drops what the canvas still had queued to draw.
            tile.getGraphicsContext2D().clearRect(0, 0, tile.getWidth(), tile.getHeight());
            painter.paintTile(tile.getGraphicsContext2D(), sketch, origin, zoom, tile.getLayoutX(), tile.getLayoutY(),
                    null);
        }
        lastRepainted = tiles.size();
    }

    /**
     * Repaints the damaged model boxes of what the last {@link #paintAll} covered: each tile one of them reaches,
     * clipped to the part of the tile they cover.
     */
    void repaint(OverviewPainter painter, Bounds visible, double zoom, List<Box> damaged) {
        Box origin = FxBoxes.box(visible);
        List<Box> pixels = new ArrayList<>(damaged.size());
        Box reach = null;
        for (Box box : damaged) {
            Box area = box.grown(OverviewPainter.STROKE_REACH / zoom);
            double left = Math.floor((area.x() - origin.x()) * zoom);
            double top = Math.floor((area.y() - origin.y()) * zoom);
            pixels.add(new Box(left, top, Math.ceil((area.maxX() - origin.x()) * zoom) - left,
                    Math.ceil((area.maxY() - origin.y()) * zoom) - top));
            reach = reach == null ? area : reach.union(area);
        }
        OverviewSketch sketch = null;
        int repainted = 0;
        for (Canvas tile : tiles) {
            Box clip = clipOf(tile, pixels);
            if (clip == null) {
                continue;
            }
            if (sketch == null) {
                sketch = painter.sketch(reach.grown(OverviewPainter.STROKE_REACH / zoom));
            }
            painter.paintTile(tile.getGraphicsContext2D(), sketch, origin, zoom, tile.getLayoutX(), tile.getLayoutY(),
                    clip);
            repainted++;
        }
        lastRepainted = repainted;
    }

    /** The part of the tile (in its own pixels) the damaged pixel boxes cover, as one rectangle; null if none. */
    private static Box clipOf(Canvas tile, List<Box> pixels) {
        Box tileBox = new Box(tile.getLayoutX(), tile.getLayoutY(), tile.getWidth(), tile.getHeight());
        Box clip = null;
        for (Box box : pixels) {
            double left = Math.max(box.x(), tileBox.x());
            double top = Math.max(box.y(), tileBox.y());
            double right = Math.min(box.maxX(), tileBox.maxX());
            double bottom = Math.min(box.maxY(), tileBox.maxY());
            if (right > left && bottom > top) {
                Box part = new Box(left - tileBox.x(), top - tileBox.y(), right - left, bottom - top);
                clip = clip == null ? part : clip.union(part);
            }
        }
        return clip;
    }

    /** Drops every tile (the overview is off). */
    void clear() {
        group.getChildren().clear();
        tiles.clear();
        width = 0;
        height = 0;
    }

    /** Lays tiles over width x height pixels, reusing those already there when the size is the same. */
    private void cover(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return;
        }
        clear();
        width = newWidth;
        height = newHeight;
        for (int y = 0; y < newHeight; y += SIZE) {
            for (int x = 0; x < newWidth; x += SIZE) {
                Canvas tile = new Canvas(Math.min(SIZE, newWidth - x), Math.min(SIZE, newHeight - y));
                tile.setLayoutX(x);
                tile.setLayoutY(y);
                tiles.add(tile);
            }
        }
        group.getChildren().setAll(tiles);
    }
}
