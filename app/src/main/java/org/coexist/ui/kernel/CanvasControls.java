package org.coexist.ui.kernel;

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

    /**
     * Creates the item where someone at the keyboard means it (Enter on a palette entry): at the centre of the
     * view, as a double click does; the canvas puts it into the selected forest or pool instead.
     */
    default boolean add(PaletteItem item) {
        Bounds bounds = node().getLayoutBounds();
        Point2D centre = node().localToScene(bounds.getCenterX(), bounds.getCenterY());
        return drop(item, centre.getX(), centre.getY());
    }

    /** Links the two selected elements, the first selected to the second, as the connect gesture would. */
    void connectSelected();
}
