package org.coexist.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.collections.SetChangeListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.ModelChange;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;
import org.coexist.ui.DesignerContext;

/**
 * The one map from model to view: id to view, kept current by the topology's change events. Only the views a
 * change touches are updated; links re-route when an end moves, once per settled change.
 */
final class ViewRegistry implements TopologyListener {
    private final DesignerContext context;
    private final CanvasGeometry geometry;
    private final Group forestLayer = new Group();
    private final Group poolLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group cardLayer = new Group();
    private final Map<String, ForestView> forests = new LinkedHashMap<>();
    private final Map<String, ElementView> elements = new LinkedHashMap<>();
    private final Map<String, LinkView> links = new LinkedHashMap<>();
    private final Set<String> linksToRoute = new LinkedHashSet<>();
    private final Set<String> gone = new LinkedHashSet<>();
    private final Runnable onSettled;
    private final PhaseVisibility visibility;
    private static final double CULL_MARGIN = 300;
    private Topology topology;
    private Runnable onViewsMoved = () -> { };

    ViewRegistry(DesignerContext context, CanvasGeometry geometry, Runnable onSettled) {
        this.context = context;
        this.geometry = geometry;
        this.onSettled = onSettled;
        this.visibility = new PhaseVisibility(context.scope());
        linkLayer.getStyleClass().add("link-layer");
        context.scope().addPresenceListener(this::presenceChanged);
        context.scope().showGhostsProperty().addListener((obs, was, is) -> presenceChanged(List.of(), true));
        context.selection().ids().addListener((SetChangeListener<String>) change -> {
            if (change.wasRemoved()) {
                select(change.getElementRemoved(), false);
            }
            if (change.wasAdded()) {
                select(change.getElementAdded(), true);
            }
        });
    }

    /** The layers, bottom first: forests, pools, links, cards. */
    Collection<Node> layers() {
        return java.util.List.of(forestLayer, poolLayer, linkLayer, cardLayer);
    }

    /** Drops every view and, for a topology, builds views for all it holds. */
    void show(Topology newTopology) {
        if (topology != null) {
            topology.removeListener(this);
        }
        topology = newTopology;
        forests.clear();
        elements.clear();
        links.clear();
        forestLayer.getChildren().clear();
        poolLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        cardLayer.getChildren().clear();
        if (newTopology == null) {
            return;
        }
        // Views are built and routed off the scene; cull() puts the visible ones in.
        newTopology.forests().forEach(this::addForest);
        newTopology.elements().forEach(this::addElement);
        newTopology.links().forEach(this::addLink);
        links.values().forEach(this::route);
        newTopology.addListener(this);
    }

    ModelView view(String id) {
        ModelView view = elements.get(id);
        if (view == null) {
            view = forests.get(id);
        }
        return view != null ? view : links.get(id);
    }

    ElementView element(String id) {
        return elements.get(id);
    }

    ForestView forest(String id) {
        return forests.get(id);
    }

    LinkView linkView(String id) {
        return links.get(id);
    }

    /** Forest views in drawing order (bottom first), live: the overview paints from them. */
    Collection<ForestView> forestViews() {
        return java.util.Collections.unmodifiableCollection(forests.values());
    }

    Collection<ElementView> elementViews() {
        return java.util.Collections.unmodifiableCollection(elements.values());
    }

    Collection<LinkView> linkViews() {
        return java.util.Collections.unmodifiableCollection(links.values());
    }

    Collection<ModelView> all() {
        java.util.List<ModelView> all = new java.util.ArrayList<>(forests.values());
        all.addAll(elements.values());
        all.addAll(links.values());
        return all;
    }

    /** The view whose node is this node or an ancestor of it, or null. */
    ModelView owner(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof ModelView view) {
                return view;
            }
        }
        return null;
    }

    /**
     * Keeps in the scene only the views that meet the visible part (plus a margin); the others wait, detached
     * and up to date, until scrolling brings them near. JavaFX styles, lays out and draws every node in the
     * scene, so without this a pulse costs as much as the whole diagram.
     */
    void cull(Bounds visible) {
        if (visible == null || topology == null) {
            return;
        }
        Bounds area = new javafx.geometry.BoundingBox(visible.getMinX() - CULL_MARGIN,
                visible.getMinY() - CULL_MARGIN, visible.getWidth() + 2 * CULL_MARGIN,
                visible.getHeight() + 2 * CULL_MARGIN);
        sync(forestLayer, forests.values(), view -> CanvasGeometry.bounds(view.forest()).intersects(area));
        sync(poolLayer, elements.values(), view -> view instanceof PoolView && view.box().intersects(area));
        sync(cardLayer, elements.values(), view -> view instanceof CardView && view.box().intersects(area));
        sync(linkLayer, links.values(), view -> view.routedBounds().intersects(area));
    }

    /** Takes every view out of the scene (the overview draws the diagram instead). */
    void detachAll() {
        sync(forestLayer, forests.values(), view -> false);
        sync(poolLayer, elements.values(), view -> false);
        sync(cardLayer, elements.values(), view -> false);
        sync(linkLayer, links.values(), view -> false);
    }

    /** Told when views move without a settled change (a drag in progress), so a drawing of them can follow. */
    void setOnViewsMoved(Runnable listener) {
        onViewsMoved = listener;
    }

    private static <V extends Node> void sync(Group layer, Collection<V> views, Predicate<V> wanted) {
        List<Node> add = new ArrayList<>();
        Set<Node> remove = new HashSet<>();
        for (V view : views) {
            boolean in = wanted.test(view);
            boolean there = view.getParent() == layer;
            if (in && !there) {
                add.add(view);
            } else if (!in && there) {
                remove.add(view);
            }
        }
        if (!remove.isEmpty()) {
            layer.getChildren().removeAll(remove);
        }
        if (!add.isEmpty()) {
            layer.getChildren().addAll(add);
        }
    }

    /** Re-routes the links of these elements from where their views are drawn now (during a drag). */
    void rerouteLinksOf(Collection<String> elementIds) {
        Set<String> ids = new LinkedHashSet<>();
        for (String elementId : elementIds) {
            topology.linksOf(elementId).forEach(link -> ids.add(link.id()));
        }
        for (String id : ids) {
            LinkView view = links.get(id);
            if (view != null) {
                route(view);
            }
        }
        onViewsMoved.run();
    }

    @Override
    public void changed(ModelChange change) {
        if (change instanceof ModelChange.ForestChange c) {
            forestChanged(c);
        } else if (change instanceof ModelChange.ElementChange c) {
            elementChanged(c);
        } else if (change instanceof ModelChange.LinkChange c) {
            linkChanged(c);
        }
    }

    @Override
    public void settled() {
        for (String id : linksToRoute) {
            LinkView view = links.get(id);
            if (view != null) {
                route(view);
            }
        }
        linksToRoute.clear();
        if (!gone.isEmpty()) {
            context.selection().remove(gone);
            gone.clear();
        }
        onSettled.run();
    }

    private void forestChanged(ModelChange.ForestChange change) {
        if (change.isAddition()) {
            addForest(change.after());
        } else if (change.isRemoval()) {
            detach(forests.remove(change.before().id()));
            gone.add(change.before().id());
        } else {
            forests.get(change.after().id()).update(change.after());
        }
    }

    private void elementChanged(ModelChange.ElementChange change) {
        if (change.isAddition()) {
            addElement(change.after());
        } else if (change.isRemoval()) {
            detach(elements.remove(change.before().id()));
            gone.add(change.before().id());
        } else {
            elements.get(change.after().id()).update(change.after());
            topology.linksOf(change.after().id()).forEach(link -> linksToRoute.add(link.id()));
        }
    }

    private void linkChanged(ModelChange.LinkChange change) {
        if (change.isAddition()) {
            addLink(change.after());
            linksToRoute.add(change.after().id());
        } else if (change.isRemoval()) {
            detach(links.remove(change.before().id()));
            gone.add(change.before().id());
        } else {
            links.get(change.after().id()).update(change.after(), shortLabel(change.after()));
            linksToRoute.add(change.after().id());
        }
    }

    /**
     * Views follow the phase shown: after a phase switch every view (fading), after an edit only those whose
     * presence changed. What the phase hides cannot stay selected.
     */
    private void presenceChanged(Collection<String> ids, boolean all) {
        Collection<String> touched = all ? List.copyOf(idsWithViews()) : ids;
        List<String> unselect = new ArrayList<>();
        for (String id : touched) {
            ModelView view = view(id);
            if (view != null) {
                visibility.apply(id, view.node(), true);
                if (!context.scope().isShown(id) && context.selection().contains(id)) {
                    unselect.add(id);
                }
            }
        }
        if (!unselect.isEmpty()) {
            context.selection().remove(unselect);
        }
    }

    private Collection<String> idsWithViews() {
        List<String> ids = new ArrayList<>(forests.keySet());
        ids.addAll(elements.keySet());
        ids.addAll(links.keySet());
        return ids;
    }

    /** Whether the view of this id is drawn as present in the phase shown (not hidden, not a ghost). */
    boolean isPresent(String id) {
        return context.scope().isShown(id);
    }

    private static void detach(Node view) {
        if (view.getParent() instanceof Group layer) {
            layer.getChildren().remove(view);
        }
    }

    private void addForest(Forest forest) {
        ForestView view = new ForestView(context, forest);
        forests.put(forest.id(), view);
        view.setSelected(context.selection().contains(forest.id()));
        view.setId("view-" + forest.id());
        visibility.apply(forest.id(), view, false);
    }

    private void addElement(Element element) {
        ElementView view;
        if (geometry.isPool(element)) {
            view = new PoolView(context, geometry, element);
        } else {
            view = new CardView(context, geometry, element);
        }
        elements.put(element.id(), view);
        view.setSelected(context.selection().contains(element.id()));
        view.setId("view-" + element.id());
        visibility.apply(element.id(), view, false);
    }

    private void addLink(Link link) {
        LinkView view = new LinkView(link, shortLabel(link));
        links.put(link.id(), view);
        view.setSelected(context.selection().contains(link.id()));
        view.setId("view-" + link.id());
        visibility.apply(link.id(), view, false);
    }

    private String shortLabel(Link link) {
        return context.catalog().spec(link.kind()).shortLabel();
    }

    private void route(LinkView view) {
        ElementView from = elements.get(view.link().from());
        ElementView to = elements.get(view.link().to());
        if (from != null && to != null) {
            view.route(from.box(), to.box());
        }
    }

    private void select(String id, boolean selected) {
        ModelView view = view(id);
        if (view != null) {
            view.setSelected(selected);
        }
    }
}
