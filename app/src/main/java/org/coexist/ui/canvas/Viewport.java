package org.coexist.ui.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The scrollable, zoomable window onto the model plane: a ScrollPane around a world group scaled by the zoom.
 * World coordinates are model coordinates. The grid is one rectangle filled with a tiled pattern, sized to cover
 * the diagram and the visible area, so it costs one node however large the diagram is.
 */
final class Viewport {
    /** Low enough to fit a few thousand elements: below the detail threshold the overview draws them cheaply. */
    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 4;
    static final double STEP = 1.25;
    /** Room beyond the diagram's right and bottom edges to drag things into. */
    private static final double MARGIN = 400;
    /** Room before the diagram's left and top edges (the plane starts at the origin at the latest). */
    private static final double LEAD = 40;
    private final ScrollPane scrollPane = new ScrollPane();
    private final Group world = new Group();
    private final Rectangle background = new Rectangle();
    private final Group overlay = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate origin = new Translate();
    private final Pane plane = new Pane();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final ImagePattern gridPattern = GridTile.pattern();
    private static final Color PAPER = Color.web(GridTile.PAPER);
    private boolean gridShown = true;
    private Bounds diagram;
    /** The model area a fit frames (null when none): the plane covers it, so a small diagram can sit centred. */
    private Bounds framed;
    private boolean fitting;
    private java.util.function.Consumer<Bounds> onVisibleChanged;

    Viewport() {
        scrollPane.getStyleClass().add("canvas-scroll");
        scrollPane.setPannable(false);
        scrollPane.setFocusTraversable(true);
        background.getStyleClass().add("canvas-background");
        world.getTransforms().addAll(scale, origin);
        world.getChildren().add(background);
        // The scrolled content is a plain pane sized from the plane, with the world unmanaged inside it: the
        // scroll pane then never measures thousands of diagram nodes when one of them moves.
        world.setManaged(false);
        plane.getChildren().add(world);
        plane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        plane.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        scrollPane.setContent(plane);
        zoom.addListener((obs, old, now) -> {
            double clamped = clamp(now.doubleValue());
            if (clamped != now.doubleValue()) {
                zoom.set(clamped);
                return;
            }
            if (!fitting) {
                framed = null;
            }
            scale.setX(clamped);
            scale.setY(clamped);
            fitBackground();
        });
        showGrid.addListener((obs, old, now) -> paintGrid());
        scrollPane.viewportBoundsProperty().addListener((obs, old, now) -> fitBackground());
        scrollPane.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        scrollPane.hvalueProperty().addListener((obs, old, now) -> visibleChanged());
        scrollPane.vvalueProperty().addListener((obs, old, now) -> visibleChanged());
        scrollPane.viewportBoundsProperty().addListener((obs, old, now) -> visibleChanged());
        zoom.addListener((obs, old, now) -> visibleChanged());
        paintGrid();
        fitBackground();
    }

    /** Told, with the visible model bounds, whenever scrolling, zooming or resizing changes them. */
    void setOnVisibleChanged(java.util.function.Consumer<Bounds> listener) {
        onVisibleChanged = listener;
    }

    private void visibleChanged() {
        if (onVisibleChanged != null) {
            onVisibleChanged.accept(visibleModelBounds());
        }
    }

    ScrollPane node() {
        return scrollPane;
    }

    /** Holds the layers; the overlay (rubber band, rubber line) is added on top by {@link #addLayers}. */
    void addLayers(Iterable<Node> layers) {
        layers.forEach(world.getChildren()::add);
        world.getChildren().add(overlay);
    }

    Group world() {
        return world;
    }

    Group overlay() {
        return overlay;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    BooleanProperty showGridProperty() {
        return showGrid;
    }

    /** Tells the viewport what the diagram covers (null: nothing), so the plane and scrollbars fit it. */
    void setDiagramBounds(Bounds bounds) {
        if (bounds == null ? diagram != null : !bounds.equals(diagram)) {
            diagram = bounds;
            fitBackground();
        }
    }

    Point2D sceneToModel(double sceneX, double sceneY) {
        return world.sceneToLocal(sceneX, sceneY);
    }

    /** Zooms to the value, keeping the model point under the viewport point (viewport pixels) in place. */
    void zoomAround(double newZoom, Point2D viewportPoint) {
        Point2D model = viewportToModel(viewportPoint);
        zoom.set(newZoom);
        scrollTo(model, viewportPoint);
    }

    void zoomBy(double factor) {
        Bounds view = scrollPane.getViewportBounds();
        zoomAround(zoom.get() * factor, new Point2D(view.getWidth() / 2, view.getHeight() / 2));
    }

    /** Frames the bounds with a margin, never enlarging past actual size (a small diagram stays readable). */
    void fit(Bounds bounds, double maxZoom) {
        if (bounds == null) {
            zoom.set(1);
            return;
        }
        // The plane the fit needs may bring scrollbars in or take them away, and with them the view's size:
        // fit again until the view keeps its size.
        for (int pass = 0; pass < 3; pass++) {
            Bounds view = scrollPane.getViewportBounds();
            double margin = 40;
            double fitted = Math.min((view.getWidth() - 2 * margin) / bounds.getWidth(),
                    (view.getHeight() - 2 * margin) / bounds.getHeight());
            double newZoom = Math.min(maxZoom, clamp(fitted));
            double halfWidth = view.getWidth() / newZoom / 2;
            double halfHeight = view.getHeight() / newZoom / 2;
            framed = new BoundingBox(bounds.getCenterX() - halfWidth, bounds.getCenterY() - halfHeight,
                    2 * halfWidth, 2 * halfHeight);
            fitting = true;
            try {
                zoom.set(newZoom);
            } finally {
                fitting = false;
            }
            fitBackground();
            scrollPane.layout();
            if (scrollPane.getViewportBounds().equals(view)) {
                break;
            }
        }
        centreOn(bounds);
    }

    /** Scrolls so the bounds are in view: centred when they are not already wholly visible. */
    void reveal(Bounds bounds) {
        if (bounds == null) {
            return;
        }
        Bounds visible = visibleModelBounds();
        if (!visible.contains(bounds)) {
            centreOn(bounds);
        }
    }

    Point2D visibleCentre() {
        Bounds view = scrollPane.getViewportBounds();
        return viewportToModel(new Point2D(view.getWidth() / 2, view.getHeight() / 2));
    }

    Bounds visibleModelBounds() {
        Bounds view = scrollPane.getViewportBounds();
        Point2D topLeft = viewportToModel(new Point2D(0, 0));
        Point2D bottomRight = viewportToModel(new Point2D(view.getWidth(), view.getHeight()));
        return new BoundingBox(topLeft.getX(), topLeft.getY(), bottomRight.getX() - topLeft.getX(),
                bottomRight.getY() - topLeft.getY());
    }

    /** Scrolls by screen pixels (panning). */
    void panBy(double dx, double dy) {
        Bounds content = scrollPane.getContent().getLayoutBounds();
        Bounds view = scrollPane.getViewportBounds();
        double spareX = content.getWidth() - view.getWidth();
        double spareY = content.getHeight() - view.getHeight();
        if (spareX > 0) {
            scrollPane.setHvalue(clamp01(scrollPane.getHvalue() - dx / spareX));
        }
        if (spareY > 0) {
            scrollPane.setVvalue(clamp01(scrollPane.getVvalue() - dy / spareY));
        }
    }

    private void centreOn(Bounds bounds) {
        Bounds view = scrollPane.getViewportBounds();
        scrollTo(new Point2D(bounds.getCenterX(), bounds.getCenterY()),
                new Point2D(view.getWidth() / 2, view.getHeight() / 2));
    }

    /** Scrolls so the model point shows at the viewport point. */
    private void scrollTo(Point2D model, Point2D viewportPoint) {
        scrollPane.layout();
        Node content = scrollPane.getContent();
        Bounds contentBounds = content.getLayoutBounds();
        Bounds view = scrollPane.getViewportBounds();
        Point2D inContent = world.localToParent(model);
        double spareX = contentBounds.getWidth() - view.getWidth();
        double spareY = contentBounds.getHeight() - view.getHeight();
        if (spareX > 0) {
            scrollPane.setHvalue(clamp01((inContent.getX() - contentBounds.getMinX() - viewportPoint.getX()) / spareX));
        }
        if (spareY > 0) {
            scrollPane.setVvalue(clamp01((inContent.getY() - contentBounds.getMinY() - viewportPoint.getY()) / spareY));
        }
    }

    /** A point of the viewport (pixels from its top-left corner) in model coordinates. */
    private Point2D viewportToModel(Point2D viewportPoint) {
        Bounds contentBounds = scrollPane.getContent().getLayoutBounds();
        Bounds view = scrollPane.getViewportBounds();
        double spareX = Math.max(0, contentBounds.getWidth() - view.getWidth());
        double spareY = Math.max(0, contentBounds.getHeight() - view.getHeight());
        double contentX = contentBounds.getMinX() + scrollPane.getHvalue() * spareX + viewportPoint.getX();
        double contentY = contentBounds.getMinY() + scrollPane.getVvalue() * spareY + viewportPoint.getY();
        return world.parentToLocal(contentX, contentY);
    }

    private void wheel(ScrollEvent event) {
        if (!event.isControlDown() && !event.isShortcutDown()) {
            return;
        }
        event.consume();
        if (event.getDeltaY() == 0) {
            return;
        }
        double factor = event.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
        Point2D local = scrollPane.sceneToLocal(event.getSceneX(), event.getSceneY());
        Point2D inViewport = new Point2D(local.getX() - scrollPane.snappedLeftInset(),
                local.getY() - scrollPane.snappedTopInset());
        zoomAround(zoom.get() * factor, inViewport);
    }

    /**
     * Sizes the plane to cover the diagram (with room to drag into, on grid steps), the framed area and at least the
     * view. What comes from the view is not rounded up: a plane a few pixels larger than the view would bring in a
     * scrollbar, shrink the view, drop the scrollbar again, and so on at every pulse.
     */
    private void fitBackground() {
        Bounds view = scrollPane.getViewportBounds();
        double scaleNow = scale.getX();
        double step = GridTile.SIZE;
        double minX = 0;
        double minY = 0;
        double maxX = 0;
        double maxY = 0;
        if (diagram != null) {
            minX = Math.min(minX, Math.floor((diagram.getMinX() - LEAD) / step) * step);
            minY = Math.min(minY, Math.floor((diagram.getMinY() - LEAD) / step) * step);
            maxX = Math.ceil((diagram.getMaxX() + MARGIN) / step) * step;
            maxY = Math.ceil((diagram.getMaxY() + MARGIN) / step) * step;
        }
        if (framed != null) {
            minX = Math.min(minX, framed.getMinX());
            minY = Math.min(minY, framed.getMinY());
            maxX = Math.max(maxX, framed.getMaxX());
            maxY = Math.max(maxY, framed.getMaxY());
        }
        double width = Math.max(maxX - minX, view.getWidth() / scaleNow);
        double height = Math.max(maxY - minY, view.getHeight() / scaleNow);
        background.setX(minX);
        background.setY(minY);
        background.setWidth(width);
        background.setHeight(height);
        origin.setX(-minX);
        origin.setY(-minY);
        plane.setPrefSize(width * scaleNow, height * scaleNow);
    }

    /**
     * Whether the grid may show (the overview hides it under its own paper): a plain fill is then cheaper to draw
     * each frame than the tiled pattern. The background stays, as what a press on empty canvas lands on.
     */
    void setGridShown(boolean shown) {
        gridShown = shown;
        paintGrid();
    }

    private void paintGrid() {
        background.setFill(showGrid.get() && gridShown ? gridPattern : PAPER);
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    private static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
