package org.coexist.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.CanvasTool;
import org.coexist.ui.kernel.PaletteItem;

/** A canvas that records what the shell asks of it, and accepts drops only in its left half. */
final class RecordingCanvas implements CanvasControls {
    final Pane pane = new Pane();
    final List<Point2D> previews = new ArrayList<>();
    final List<PaletteItem> drops = new ArrayList<>();
    final List<Point2D> dropPoints = new ArrayList<>();
    final List<Collection<String>> revealed = new ArrayList<>();
    int previewsEnded;
    int connects;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final BooleanProperty grid = new SimpleBooleanProperty(true);
    private final ObjectProperty<CanvasTool> tool = new SimpleObjectProperty<>(CanvasTool.SELECT);

    RecordingCanvas() {
        pane.setId("recording-canvas");
    }

    @Override
    public Node node() {
        return pane;
    }

    @Override
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    @Override
    public void zoomIn() {
        zoom.set(zoom.get() * 2);
    }

    @Override
    public void zoomOut() {
        zoom.set(zoom.get() / 2);
    }

    @Override
    public void actualSize() {
        zoom.set(1);
    }

    @Override
    public void zoomToFit() {
        zoom.set(0.5);
    }

    @Override
    public BooleanProperty showGridProperty() {
        return grid;
    }

    @Override
    public ObjectProperty<CanvasTool> toolProperty() {
        return tool;
    }

    @Override
    public void reveal(Collection<String> ids) {
        revealed.add(List.copyOf(ids));
    }

    @Override
    public Point2D visibleCentre() {
        return new Point2D(300, 200);
    }

    @Override
    public void previewDrop(PaletteItem item, double sceneX, double sceneY) {
        previews.add(new Point2D(sceneX, sceneY));
    }

    @Override
    public void endDropPreview() {
        previewsEnded++;
    }

    @Override
    public boolean drop(PaletteItem item, double sceneX, double sceneY) {
        Bounds bounds = pane.localToScene(pane.getLayoutBounds());
        drops.add(item);
        dropPoints.add(new Point2D(sceneX, sceneY));
        return sceneX < bounds.getCenterX();
    }

    @Override
    public void connectSelected() {
        connects++;
    }
}
