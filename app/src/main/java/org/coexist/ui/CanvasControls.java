package org.coexist.ui;

import java.util.Collection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;

/** What the main window asks of the diagram canvas. */
public interface CanvasControls {

    /** The node to place in the centre of the window. */
    Node node();

    /** 1.0 is actual size. */
    DoubleProperty zoomProperty();

    void zoomIn();

    void zoomOut();

    void actualSize();

    /** Frames everything, never above actual size. */
    void zoomToFit();

    /** Frames everything, up to this zoom: presenting to a room enlarges a small diagram. */
    default void zoomToFitUpTo(double maxZoom) {
        zoomToFit();
    }

    /**
     * Frames what these ids cover (and the names of the forests they are in), up to this zoom: a presented phase
     * fills the screen with what is deployed in it, not with its ghosts.
     */
    default void frame(Collection<String> ids, double maxZoom) {
        zoomToFitUpTo(maxZoom);
    }

    /** Where the model objects with these ids are drawn, in scene coordinates; null when unknown or none. */
    default Bounds sceneBounds(Collection<String> ids) {
        return null;
    }

    BooleanProperty showGridProperty();

    ObjectProperty<CanvasTool> toolProperty();

    /** Scrolls so that the model objects with these ids are in view. */
    void reveal(Collection<String> ids);

    /** The model coordinates at the centre of the visible part, where Paste puts things. */
    Point2D visibleCentre();

    /** Shows, while a palette entry is dragged, whether dropping it at this scene point would work. */
    void previewDrop(PaletteItem item, double sceneX, double sceneY);

    void endDropPreview();

    /**
     * Creates the item at the scene point through a command. Returns false, with visible feedback, when the
     * drop is refused (an element outside any forest).
     */
    boolean drop(PaletteItem item, double sceneX, double sceneY);
}
