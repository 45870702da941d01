package org.coexist.ui.canvas;

import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.FindingsDelta;
import org.coexist.rules.FindingsListener;
import org.coexist.rules.LiveValidation;
import org.coexist.ui.kernel.DesignerContext;

/**
 * The diagram below the detail threshold, drawn on a few canvas tiles instead of thousands of views: at such a
 * zoom card text is unreadable anyway, and JavaFX would style, lay out and draw every view in the scene. The tiles
 * cover the visible part of the world at screen resolution (unscaled by the zoom) and are repainted at most once per
 * pulse, after layout: all of them when the visible area or the zoom changed, else only where something shown
 * changed ({@link OverviewDamage}). It draws and hit-tests from the model (through the registry, so a drag in
 * progress shows), needing no view, so clicking and dragging work as at full detail.
 */
final class OverviewLayer implements FindingsListener {
    /**
     * Below this zoom the overview replaces the views. Card text is 8 px here, and the views near a 0.6 viewport
     * build and style in about 0.3 s where those of a 0.45 one took about 0.9 s (2,000-element benchmark).
     */
    static final double THRESHOLD = 0.6;
    /** How near to a link, in screen pixels, a click still picks it. */
    private static final double LINK_REACH = 4;
    private final OverviewTiles tiles = new OverviewTiles();
    private final ViewRegistry registry;
    private final DiagramGeometry geometry;
    private final Viewport viewport;
    private final OverviewPainter painter;
    private final OverviewDamage damage;
    private final Runnable paintIfDirty = this::paintIfDirty;
    private LiveValidation validation;
    private Topology topology;
    private boolean active;
    private boolean dirty;
    /** The visible area and zoom of the last paint: when either changes, the whole canvas is repainted. */
    private Bounds paintedArea;
    private double paintedZoom;

    OverviewLayer(DesignerContext context, ViewRegistry registry, DiagramGeometry geometry, Viewport viewport) {
        this.registry = registry;
        this.geometry = geometry;
        this.viewport = viewport;
        this.painter = new OverviewPainter(context, registry, geometry);
        this.damage = new OverviewDamage(registry, geometry);
        tiles.node().setVisible(false);
        tiles.node().sceneProperty().addListener((obs, old, now) -> moveListener(old, now));
        context.selection().ids().addListener((SetChangeListener<String>) change -> {
            damage.ids(change.wasAdded() ? List.of(change.getElementAdded()) : List.of(change.getElementRemoved()));
            schedule();
        });
        context.scope().addPresenceListener((ids, all) -> {
            if (all) {
                damage.all();
            } else {
                damage.ids(ids);
            }
            schedule();
        });
        context.scope().showGhostsProperty().addListener((obs, was, is) -> invalidate());
        context.scope().hideEmptyForestsProperty().addListener((obs, was, is) -> invalidate());
    }

    /** Follows the changes of this topology (null: none), whose views the registry now shows. */
    void show(Topology newTopology) {
        if (topology != null) {
            topology.removeListener(damage);
        }
        topology = newTopology;
        if (newTopology != null) {
            newTopology.addListener(damage);
        }
        invalidate();
    }

    Node node() {
        return tiles.node();
    }

    OverviewTiles tiles() {
        return tiles;
    }

    boolean isActive() {
        return active;
    }

    /**
     * Shows or hides the overview; the caller takes the views out of the scene or puts them back. Called whenever
     * the visible area may have changed: the next paint repaints the whole canvas only if it did.
     */
    void setActive(boolean nowActive) {
        if (active != nowActive) {
            active = nowActive;
            tiles.node().setVisible(nowActive);
            // The overview covers the visible area with its own paper: the grid beneath would only cost drawing.
            viewport.setGridShown(!nowActive);
            damage.all();
            if (!nowActive) {
                tiles.clear();
            }
        }
        schedule();
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
        delta.added().forEach(finding -> damage.ids(finding.subjects()));
        delta.removed().forEach(finding -> damage.ids(finding.subjects()));
        schedule();
    }

    /** Everything shown may have changed: repaint the whole canvas, once, at the end of the next pulse's layout. */
    void invalidate() {
        damage.all();
        schedule();
    }

    /** Views moved by a gesture in progress: repaint where they were and where they are. */
    void viewsMoved(Collection<String> ids) {
        damage.moved(ids);
        schedule();
    }

    private void schedule() {
        if (active && !dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /**
     * Paints now if a repaint is pending (tests call this instead of waiting for a pulse): the whole canvas when
     * the visible area or the zoom changed or the damage is unbounded, else only the damaged part, clipped.
     */
    void paintIfDirty() {
        if (!dirty || !active) {
            return;
        }
        dirty = false;
        Bounds visible = viewport.visibleModelBounds();
        double zoom = viewport.zoomProperty().get();
        boolean moved = !visible.equals(paintedArea) || zoom != paintedZoom;
        if (moved || damage.isWhole()) {
            paintedArea = visible;
            paintedZoom = zoom;
            tiles.paintAll(painter, visible, zoom);
        } else if (!damage.areas().isEmpty()) {
            tiles.repaint(painter, visible, zoom, damage.areas());
        }
        damage.clear();
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
