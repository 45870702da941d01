package org.coexist.ui.canvas;

import java.util.Collection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.coexist.ui.CanvasControls;
import org.coexist.ui.CanvasTool;
import org.coexist.ui.DesignerContext;
import org.coexist.ui.PaletteItem;

/** PLACEHOLDER until the canvas lands: an empty pane with the canvas API. */
public final class DiagramCanvas implements CanvasControls {
    private final Pane pane = new Pane();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(true);
    private final ObjectProperty<CanvasTool> tool = new SimpleObjectProperty<>(CanvasTool.SELECT);

    public DiagramCanvas(DesignerContext context) {
        pane.getStyleClass().add("diagram-canvas");
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
        zoom.set(zoom.get() * 1.25);
    }

    @Override
    public void zoomOut() {
        zoom.set(zoom.get() / 1.25);
    }

    @Override
    public void actualSize() {
        zoom.set(1.0);
    }

    @Override
    public void zoomToFit() {
        zoom.set(1.0);
    }

    @Override
    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    @Override
    public ObjectProperty<CanvasTool> toolProperty() {
        return tool;
    }

    @Override
    public void reveal(Collection<String> ids) {
        // Placeholder: nothing to scroll yet.
    }

    @Override
    public Point2D visibleCentre() {
        return new Point2D(200, 200);
    }

    @Override
    public void previewDrop(PaletteItem item, double sceneX, double sceneY) {
        // Placeholder: no feedback yet.
    }

    @Override
    public void endDropPreview() {
        // Placeholder: no feedback yet.
    }

    @Override
    public boolean drop(PaletteItem item, double sceneX, double sceneY) {
        return false;
    }
}
