package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.ModelChange;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;
import org.coexist.rules.LiveValidation;
import org.coexist.ui.kernel.DesignerContext;

/**
 * The one map from model to view: id to view, kept current by the topology's change events. Views are built
 * lazily, when culling first brings them near the visible part or a gesture asks for one, so opening a large
 * design builds only what is seen; a view once built is kept up to date. Only the views a change touches are
 * updated; links re-route when an end moves, once per settled change.
 */
final class ViewRegistry implements TopologyListener {
    private static final double CULL_MARGIN = 300;
    private final DesignerContext context;
    private final DiagramGeometry geometry;
    private final SceneLayers layers = new SceneLayers();
    private final Map<String, ForestView> forests = new HashMap<>();
    private final Map<String, ElementView> elements = new HashMap<>();
    private final Map<String, LinkView> links = new HashMap<>();
    private final Set<String> linksToRoute = new LinkedHashSet<>();
    private final Set<String> gone = new LinkedHashSet<>();
    private final Runnable onSettled;
    private final PhaseVisibility visibility;
    private java.util.function.Consumer<Collection<String>> onViewsMoved = ids -> { };
    private Topology topology;

    ViewRegistry(DesignerContext context, DiagramGeometry geometry, Runnable onSettled) {
        this.context = context;
        this.geometry = geometry;
        this.onSettled = onSettled;
        this.visibility = new PhaseVisibility(context.scope());
        context.scope().addPresenceListener(this::presenceChanged);
        context.scope().showGhostsProperty().addListener((obs, was, is) -> presenceChanged(List.of(), true));
        context.scope().hideEmptyForestsProperty().addListener((obs, was, is) -> presenceChanged(List.of(), true));
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
        return layers.all();
    }

    /** Drops every view; views of the new topology (null: none) are built as they are needed. */
    void show(Topology newTopology) {
        if (topology != null) {
            topology.removeListener(this);
        }
        topology = newTopology;
        forests.clear();
        elements.clear();
        links.clear();
        linksToRoute.clear();
        layers.clear();
        if (newTopology != null) {
            newTopology.addListener(this);
        }
    }

    /** The view of a forest, element or link, built now if need be; null when the model has no such id. */
    ModelView view(String id) {
        ModelView view = element(id);
        if (view == null) {
            view = forest(id);
        }
        return view != null ? view : linkView(id);
    }

    /** The view of this id if it has been built, else null (building it would show nothing new). */
    ModelView existing(String id) {
        ModelView view = elements.get(id);
        if (view == null) {
            view = forests.get(id);
        }
        return view != null ? view : links.get(id);
    }

    ElementView element(String id) {
        Element element = topology == null ? null : topology.element(id);
        return element == null ? null : elements.computeIfAbsent(id, key -> build(element));
    }

    ForestView forest(String id) {
        Forest forest = topology == null ? null : topology.forest(id);
        return forest == null ? null : forests.computeIfAbsent(id, key -> build(forest));
    }

    LinkView linkView(String id) {
        Link link = topology == null ? null : topology.link(id);
        return link == null ? null : links.computeIfAbsent(id, key -> build(link));
    }

    Topology topology() {
        return topology;
    }

    /** Where the element is drawn now: its view's box (a drag in progress included), else its place in the model. */
    Box boxOf(Element element) {
        ElementView view = elements.get(element.id());
        return view != null ? view.box() : geometry.box(element);
    }

    Box boxOf(Forest forest) {
        Box box = geometry.box(forest, topology);
        ForestView view = forests.get(forest.id());
        return view == null ? box : box.translated(view.getTranslateX(), view.getTranslateY());
    }

    /** Where the link is drawn now, from its ends' boxes (a drag in progress included); null when not drawn. */
    Segment endsOf(Link link) {
        Element from = topology.element(link.from());
        Element to = topology.element(link.to());
        return from == null || to == null ? null : DiagramGeometry.connector(boxOf(from), boxOf(to));
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
     * Keeps in the scene only the views that meet the visible part (plus a margin), building those not yet built;
     * the others wait, detached and up to date. JavaFX styles, lays out and draws every node in the scene, so
     * without this a pulse costs as much as the whole diagram.
     */
    void cull(Bounds visible) {
        if (visible == null || topology == null) {
            return;
        }
        Box area = FxBoxes.box(visible).grown(CULL_MARGIN);
        List<Node> wanted = new ArrayList<>();
        for (Forest forest : topology.forests()) {
            if (boxOf(forest).intersects(area)) {
                wanted.add(forest(forest.id()));
            }
        }
        for (Element element : topology.elements()) {
            if (boxOf(element).intersects(area)) {
                wanted.add(element(element.id()));
            }
        }
        for (Link link : topology.links()) {
            Segment ends = endsOf(link);
            if (ends != null && ends.meets(area)) {
                wanted.add(linkView(link.id()));
            }
        }
        layers.keep(wanted);
    }

    /** Takes every view out of the scene (the overview draws the diagram instead). */
    void detachAll() {
        layers.keep(List.of());
    }

    /** Told when views move without a settled change (a drag in progress), so a drawing of them can follow. */
    void setOnViewsMoved(java.util.function.Consumer<Collection<String>> listener) {
        onViewsMoved = listener;
    }

    /**
     * Re-routes the links of these elements from where their views are drawn now (during a drag), and tells that
     * these views (forests among them) moved.
     */
    void rerouteLinksOf(Collection<String> elementIds) {
        for (String elementId : elementIds) {
            for (Link link : topology.linksOf(elementId)) {
                LinkView view = links.get(link.id());
                if (view != null) {
                    route(view);
                }
            }
        }
        onViewsMoved.accept(elementIds);
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
        if (change.isRemoval()) {
            SceneLayers.detach(forests.remove(change.before().id()));
            gone.add(change.before().id());
        } else if (!change.isAddition() && forests.containsKey(change.after().id())) {
            forests.get(change.after().id()).update(change.after(), geometry.box(change.after(), topology));
        }
    }

    private void elementChanged(ModelChange.ElementChange change) {
        if (change.isRemoval()) {
            SceneLayers.detach(elements.remove(change.before().id()));
            gone.add(change.before().id());
        } else if (!change.isAddition()) {
            ElementView view = elements.get(change.after().id());
            if (view != null) {
                view.update(change.after());
            }
            topology.linksOf(change.after().id()).forEach(link -> linksToRoute.add(link.id()));
        }
        Element any = change.isRemoval() ? change.before() : change.after();
        ForestView forest = forests.get(any.forest());
        if (forest != null && forest.forest().width() <= 0) {
            // A forest without a size of its own is drawn around its elements: it follows them.
            forest.update(forest.forest(), geometry.box(forest.forest(), topology));
        }
    }

    private void linkChanged(ModelChange.LinkChange change) {
        if (change.isRemoval()) {
            SceneLayers.detach(links.remove(change.before().id()));
            gone.add(change.before().id());
        } else if (!change.isAddition()) {
            LinkView view = links.get(change.after().id());
            if (view != null) {
                view.update(change.after(), shortLabel(change.after()));
                linksToRoute.add(change.after().id());
            }
        }
    }

    /**
     * Views follow the phase shown: after a phase switch every built view (fading), after an edit only those whose
     * presence changed. What the phase hides cannot stay selected.
     */
    private void presenceChanged(Collection<String> ids, boolean all) {
        Collection<String> touched = all ? builtIds() : ids;
        List<String> unselect = new ArrayList<>();
        for (String id : touched) {
            ModelView view = existing(id);
            if (view != null) {
                visibility.apply(id, view.node(), true);
            }
        }
        for (String id : context.selection().ids()) {
            if (!context.scope().isShown(id)) {
                unselect.add(id);
            }
        }
        if (!unselect.isEmpty()) {
            context.selection().remove(unselect);
        }
    }

    private Collection<String> builtIds() {
        List<String> ids = new ArrayList<>(forests.keySet());
        ids.addAll(elements.keySet());
        ids.addAll(links.keySet());
        return ids;
    }

    /** Whether the view of this id is drawn as present in the phase shown (not hidden, not a ghost). */
    boolean isPresent(String id) {
        return context.scope().isShown(id);
    }

    private ForestView build(Forest forest) {
        return dress(forest.id(), new ForestView(context, forest, geometry.box(forest, topology)));
    }

    private ElementView build(Element element) {
        ElementView view = geometry.isContainer(element) ? new PoolView(context, geometry, element)
                : new CardView(context, geometry, element);
        return dress(element.id(), view);
    }

    private LinkView build(Link link) {
        LinkView view = dress(link.id(), new LinkView(link, shortLabel(link), context.texts().get("a11y.role.link"),
                (shown, findings) -> Descriptions.link(context, shown, topology, findings)));
        route(view);
        return view;
    }

    /** Gives a new view what the others have: its id, the selection, the phase's presence and the findings. */
    private <V extends Node & ModelView> V dress(String id, V view) {
        view.setId("view-" + id);
        view.setSelected(context.selection().contains(id));
        visibility.apply(id, view, false);
        LiveValidation validation = context.scope().validation();
        if (validation != null && !validation.findingsFor(id).isEmpty()) {
            view.showFindings(validation.findingsFor(id));
        }
        return view;
    }

    private String shortLabel(Link link) {
        return context.labels().kindShort(link.kind());
    }

    private void route(LinkView view) {
        view.route(endsOf(view.link()));
    }

    private void select(String id, boolean selected) {
        ModelView view = existing(id);
        if (view != null) {
            view.setSelected(selected);
        }
    }
}
