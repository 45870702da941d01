package org.coexist.ui.canvas;

import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.FindingsDelta;
import org.coexist.rules.FindingsListener;
import org.coexist.rules.LiveValidation;
import org.coexist.ui.DesignerContext;

/**
 * The diagram below the detail threshold, drawn in one canvas node instead of thousands of views: at such a zoom
 * card text is unreadable anyway, and JavaFX would style, lay out and draw every view in the scene. The canvas
 * covers the visible part of the world at screen resolution (it sits in the world, unscaled by the zoom) and is
 * redrawn at most once per pulse, after layout, when something it shows changed. It draws and hit-tests from the
 * model (through the registry, so a drag in progress shows), needing no view, so clicking and dragging work as at
 * full detail.
 */
final class OverviewLayer implements FindingsListener {
    /**
     * Below this zoom the overview replaces the views. Card text is 8 px here, and the views near a 0.6 viewport
     * build and style in about 0.3 s where those of a 0.45 one took about 0.9 s (2,000-element benchmark).
     */
    static final double THRESHOLD = 0.6;
    /** How near to a link, in screen pixels, a click still picks it. */
    private static final double LINK_REACH = 4;
    private final Canvas canvas = new Canvas();
    private final Scale unzoom = new Scale(1, 1, 0, 0);
    private final ViewRegistry registry;
    private final DiagramGeometry geometry;
    private final Viewport viewport;
    private final OverviewPainter painter;
    private final Runnable paintIfDirty = this::paintIfDirty;
    private LiveValidation validation;
    private boolean active;
    private boolean dirty;

    OverviewLayer(DesignerContext context, ViewRegistry registry, DiagramGeometry geometry, Viewport viewport) {
        this.registry = registry;
        this.geometry = geometry;
        this.viewport = viewport;
        this.painter = new OverviewPainter(context, registry, geometry);
        canvas.getStyleClass().add("overview");
        canvas.setMouseTransparent(true);
        canvas.setVisible(false);
        canvas.getTransforms().add(unzoom);
        canvas.sceneProperty().addListener((obs, old, now) -> moveListener(old, now));
        context.selection().ids().addListener((SetChangeListener<String>) change -> invalidate());
        context.scope().addPresenceListener((ids, all) -> invalidate());
        context.scope().showGhostsProperty().addListener((obs, was, is) -> invalidate());
    }

    Node node() {
        return canvas;
    }

    boolean isActive() {
        return active;
    }

    /** Shows or hides the overview; the caller takes the views out of the scene or puts them back. */
    void setActive(boolean nowActive) {
        if (active != nowActive) {
            active = nowActive;
            canvas.setVisible(nowActive);
            if (!nowActive) {
                canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                canvas.setWidth(0);
                canvas.setHeight(0);
            }
        }
        invalidate();
    }

    /** Follows these findings (null: none) for the error and warning colours. */
    void follow(LiveValidation newValidation) {
        if (validation != null) {
            validation.removeListener(this);
        }
        validation = newValidation;
        painter.setValidation(newValidation);
        if (newValidation != null) {
            newValidation.addListener(this);
        }
        invalidate();
    }

    @Override
    public void findingsChanged(FindingsDelta delta) {
        invalidate();
    }

    /** Something shown changed: repaint once, at the end of the next pulse's layout. */
    void invalidate() {
        if (active && !dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** Paints now if a repaint is pending (tests call this instead of waiting for a pulse). */
    void paintIfDirty() {
        if (!dirty || !active) {
            return;
        }
        dirty = false;
        Bounds visible = viewport.visibleModelBounds();
        double zoom = viewport.zoomProperty().get();
        canvas.relocate(visible.getMinX(), visible.getMinY());
        unzoom.setX(1 / zoom);
        unzoom.setY(1 / zoom);
        canvas.setWidth(Math.ceil(visible.getWidth() * zoom));
        canvas.setHeight(Math.ceil(visible.getHeight() * zoom));
        painter.paint(canvas.getGraphicsContext2D(), visible, zoom);
    }

    /** The colour the outline of this forest, element or link is drawn in now. */
    Color colourOf(String id) {
        return painter.outline(id);
    }

    /** The topmost view drawn at the model point, as the views would stack: cards, links, pools, forests. */
    ModelView viewAt(Point2D model) {
        Topology topology = registry.topology();
        if (topology == null) {
            return null;
        }
        double x = model.getX();
        double y = model.getY();
        String pool = null;
        String card = null;
        for (Element element : topology.elements()) {
            if (registry.isPresent(element.id()) && registry.boxOf(element).contains(x, y)) {
                if (geometry.isContainer(element)) {
                    pool = element.id();
                } else {
                    card = element.id();
                }
            }
        }
        String found = card != null ? card : linkAt(topology, x, y, LINK_REACH / viewport.zoomProperty().get());
        if (found == null) {
            found = pool;
        }
        if (found == null) {
            for (Forest forest : topology.forests()) {
                if (registry.isPresent(forest.id()) && registry.boxOf(forest).contains(x, y)) {
                    found = forest.id();
                }
            }
        }
        return found == null ? null : registry.view(found);
    }

    /** Whether the model point lies on the forest's header band as the overview draws it. */
    boolean onHeader(ForestView forest, Point2D model) {
        double tag = OverviewPainter.NAME_INSET + OverviewPainter.NAME_HEIGHT;
        double headerHeight = Math.max(DiagramGeometry.FOREST_HEADER, tag / viewport.zoomProperty().get());
        return model.getY() - registry.boxOf(forest.forest()).y() <= headerHeight;
    }

    private String linkAt(Topology topology, double x, double y, double reach) {
        String nearest = null;
        double best = reach;
        for (Link link : topology.links()) {
            if (!registry.isPresent(link.id())) {
                continue;
            }
            Segment ends = registry.endsOf(link);
            double distance = ends == null ? Double.MAX_VALUE : ends.distanceTo(x, y);
            if (distance <= best) {
                best = distance;
                nearest = link.id();
            }
        }
        return nearest;
    }

    private void moveListener(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(paintIfDirty);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(paintIfDirty);
        }
    }
}
