package org.coexist.ui;

import java.util.Collection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
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

    BooleanProperty showGridProperty();

    ObjectProperty<CanvasTool> toolProperty();

    /** Scrolls so that the model objects with these ids are in view. */
    void reveal(Collection<String> ids);

    /**
     * Brings the objects into view at a zoom where their names can be read: zooms in from an overview, out when
     * they do not fit, and only scrolls when they already show readably.
     */
    default void showReadable(Collection<String> ids) {
        reveal(ids);
    }

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
