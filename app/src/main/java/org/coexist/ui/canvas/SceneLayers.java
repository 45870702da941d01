package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The groups the views are drawn in, bottom first: forests, pools, links, cards. Only views near the visible
 * part are children; {@link #keep} adds and removes in bulk so a scroll costs two list operations per layer.
 */
final class SceneLayers {
    private final Group forests = new Group();
    private final Group pools = new Group();
    private final Group links = new Group();
    private final Group cards = new Group();

    SceneLayers() {
        links.getStyleClass().add("link-layer");
    }

    Collection<Node> all() {
        return List.of(forests, pools, links, cards);
    }

    /** The layer a view belongs in. */
    Group layerOf(Node view) {
        if (view instanceof ForestView) {
            return forests;
        }
        if (view instanceof PoolView) {
            return pools;
        }
        return view instanceof LinkView ? links : cards;
    }

    void clear() {
        all().forEach(layer -> ((Group) layer).getChildren().clear());
    }

    /** Makes exactly these views the children of their layers, keeping the order of those already there. */
    void keep(Collection<? extends Node> wanted) {
        // One pass sorts the wanted views by layer (in their order) rather than one pass per layer.
        Map<Group, Set<Node>> byLayer = new IdentityHashMap<>();
        for (Node layer : all()) {
            byLayer.put((Group) layer, new LinkedHashSet<>());
        }
        for (Node view : wanted) {
            byLayer.get(layerOf(view)).add(view);
        }
        byLayer.forEach(SceneLayers::sync);
    }

    private static void sync(Group layer, Set<Node> keep) {
        List<Node> add = new ArrayList<>();
        for (Node view : keep) {
            if (view.getParent() != layer) {
                add.add(view);
            }
        }
        List<Node> remove = new ArrayList<>();
        for (Node child : layer.getChildren()) {
            if (!keep.contains(child)) {
                remove.add(child);
            }
        }
        if (!remove.isEmpty()) {
            layer.getChildren().removeAll(new HashSet<>(remove));
        }
        if (!add.isEmpty()) {
            layer.getChildren().addAll(add);
        }
    }

    static void detach(Node view) {
        if (view != null && view.getParent() instanceof Group layer) {
            layer.getChildren().remove(view);
        }
    }
}
