package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lookups a topology keeps beside its records, so that rules and views never scan everything: links per
 * element, elements per forest, members per pool, elements per computer name (the first label of their host, see
 * {@link Properties#computerName}). Holds ids only; the topology resolves them.
 */
final class TopologyIndex {
    /** Lists, not sets: an element has few links, and a list costs a fraction of a set to build. */
    private final Map<String, List<String>> linksByElement;
    private final Map<String, Set<String>> elementsByForest = new HashMap<>();
    private final Map<String, Set<String>> childrenByParent = new HashMap<>();
    private final Map<String, Set<String>> elementsByComputerName = new HashMap<>();

    TopologyIndex(int expectedElements) {
        linksByElement = new HashMap<>(capacity(expectedElements));
    }

    /** A hash map's initial capacity for that many entries without rehashing. */
    static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    Collection<String> linksOf(String elementId) {
        return linksByElement.get(elementId);
    }

    Collection<String> elementsIn(String forestId) {
        return elementsByForest.get(forestId);
    }

    Collection<String> childrenOf(String poolId) {
        return childrenByParent.get(poolId);
    }

    Collection<String> elementsOnComputerNamed(String name) {
        return elementsByComputerName.get(name);
    }

    Set<String> computerNames() {
        return elementsByComputerName.keySet();
    }

    /** Of the element's links, those of the kind (any, for null) that start (or end) there. */
    static List<Link> linksAt(List<Link> links, String elementId, LinkKind kind, boolean starting) {
        List<Link> result = new ArrayList<>(2);
        for (Link link : links) {
            if ((starting ? link.from() : link.to()).equals(elementId) && (kind == null || link.kind() == kind)) {
                result.add(link);
            }
        }
        return result;
    }

    /** The records of these ids, in the ids' order; empty for none. */
    static <T> List<T> resolve(Collection<String> ids, Map<String, T> source) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<T> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(source.get(id));
        }
        return result;
    }

    void add(Element element) {
        elementsByForest.computeIfAbsent(element.forest(), k -> new LinkedHashSet<>()).add(element.id());
        if (element.parent() != null) {
            childrenByParent.computeIfAbsent(element.parent(), k -> new LinkedHashSet<>()).add(element.id());
        }
        String name = computerNameOf(element);
        if (name != null) {
            elementsByComputerName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(element.id());
        }
    }

    /**
     * Moves the element between the sets whose key changed, and leaves it in place in the others: an element
     * keeps its place among its forest's (pool's, host's) elements through edits that do not move it out, so
     * rules that list a forest's elements name them in the same order before and after any other edit.
     */
    void replace(Element old, Element now) {
        if (!old.forest().equals(now.forest())) {
            removeFrom(elementsByForest, old.forest(), old.id());
            elementsByForest.computeIfAbsent(now.forest(), k -> new LinkedHashSet<>()).add(now.id());
        }
        if (!Objects.equals(old.parent(), now.parent())) {
            removeFrom(childrenByParent, old.parent(), old.id());
            if (now.parent() != null) {
                childrenByParent.computeIfAbsent(now.parent(), k -> new LinkedHashSet<>()).add(now.id());
            }
        }
        String oldName = computerNameOf(old);
        String newName = computerNameOf(now);
        if (!Objects.equals(oldName, newName)) {
            removeFrom(elementsByComputerName, oldName, old.id());
            if (newName != null) {
                elementsByComputerName.computeIfAbsent(newName, k -> new LinkedHashSet<>()).add(now.id());
            }
        }
    }

    void remove(Element element) {
        removeFrom(elementsByForest, element.forest(), element.id());
        removeFrom(childrenByParent, element.parent(), element.id());
        removeFrom(elementsByComputerName, computerNameOf(element), element.id());
    }

    private static String computerNameOf(Element element) {
        String host = element.host();
        return host == null ? null : Properties.computerName(host);
    }

    /** Forgets what only a removed element or forest had. */
    void forget(String id) {
        linksByElement.remove(id);
        childrenByParent.remove(id);
        elementsByForest.remove(id);
    }

    void add(Link link) {
        linksByElement.computeIfAbsent(link.from(), k -> new ArrayList<>(4)).add(link.id());
        if (!link.to().equals(link.from())) {
            linksByElement.computeIfAbsent(link.to(), k -> new ArrayList<>(4)).add(link.id());
        }
    }

    void remove(Link link) {
        removeFrom(linksByElement, link.from(), link.id());
        removeFrom(linksByElement, link.to(), link.id());
    }

    private static void removeFrom(Map<String, ? extends Collection<String>> index, String key, String id) {
        if (key == null) {
            return;
        }
        Collection<String> ids = index.get(key);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
