package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The lookups a topology keeps beside its records, so that rules and views never scan everything: links per
 * element, elements per forest (and per forest and version, per forest and type, so that a rule about what a forest
 * holds looks at the few elements it is about), members per pool, elements per computer name (the first label of
 * their host, see {@link Properties#computerName}). Holds the records
 * themselves, replaced in place when they change: a lookup costs no second search by id, and an element keeps its
 * place among its forest's (version's, type's, pool's, computer name's) elements through edits that do not move it out, so
 * rules that list them name them in the same order before and after any other edit.
 */
final class TopologyIndex {
    /** Lists, not maps: an element has few links, and a list costs a fraction of a map to build. */
    private final Map<String, List<Link>> linksByElement;
    private final Map<String, Map<String, Element>> elementsByForest = new HashMap<>();
    private final Map<String, Map<ProductVersion, Map<String, Element>>> elementsByForestAndVersion = new HashMap<>();
    private final Map<String, Map<ElementType, Map<String, Element>>> elementsByForestAndType = new HashMap<>();
    private final Map<String, Map<String, Element>> childrenByParent = new HashMap<>();
    private final Map<String, Map<String, Element>> elementsByComputerName = new HashMap<>();

    TopologyIndex(int expectedElements) {
        linksByElement = new HashMap<>(capacity(expectedElements));
    }

    /** A hash map's initial capacity for that many entries without rehashing. */
    static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    /** The element's links, in the order they were added; the index's own list, to read at once. */
    List<Link> linksOf(String elementId) {
        List<Link> links = linksByElement.get(elementId);
        return links == null ? List.of() : links;
    }

    Collection<Element> elementsIn(String forestId) {
        return values(elementsByForest.get(forestId));
    }

    Collection<Element> elementsIn(String forestId, ProductVersion version) {
        Map<ProductVersion, Map<String, Element>> byVersion = elementsByForestAndVersion.get(forestId);
        return byVersion == null ? List.of() : values(byVersion.get(version));
    }

    Collection<Element> elementsIn(String forestId, ElementType type) {
        Map<ElementType, Map<String, Element>> byType = elementsByForestAndType.get(forestId);
        return byType == null ? List.of() : values(byType.get(type));
    }

    Collection<Element> childrenOf(String poolId) {
        return values(childrenByParent.get(poolId));
    }

    Collection<Element> elementsOnComputerNamed(String name) {
        return values(elementsByComputerName.get(name));
    }

    Set<String> computerNames() {
        return elementsByComputerName.keySet();
    }

    private static Collection<Element> values(Map<String, Element> group) {
        return group == null ? List.of() : group.values();
    }

    /** Of the element's links, those of the kind (any, for null) that start (or end) there. */
    static List<Link> linksAt(List<Link> links, String elementId, LinkKind kind, boolean starting) {
        List<Link> result = new ArrayList<>(2);
        for (Link link : links) {
            if ((kind == null || link.kind() == kind) && (starting ? link.from() : link.to()).equals(elementId)) {
                result.add(link);
            }
        }
        return result;
    }

    void add(Element element) {
        String id = element.id();
        group(elementsByForest, element.forest()).put(id, element);
        group(elementsByForestAndVersion.computeIfAbsent(element.forest(), k -> new EnumMap<>(ProductVersion.class)),
                element.version()).put(id, element);
        group(elementsByForestAndType.computeIfAbsent(element.forest(), k -> new EnumMap<>(ElementType.class)),
                element.type()).put(id, element);
        if (element.parent() != null) {
            group(childrenByParent, element.parent()).put(id, element);
        }
        String name = computerNameOf(element);
        if (name != null) {
            group(elementsByComputerName, name).put(id, element);
        }
    }

    /**
     * Moves the element between the groups whose key changed, and replaces it in place in the others, where it
     * keeps its place.
     */
    void replace(Element old, Element now) {
        String id = now.id();
        boolean sameForest = old.forest().equals(now.forest());
        if (sameForest) {
            elementsByForest.get(now.forest()).put(id, now);
        } else {
            removeFrom(elementsByForest, old.forest(), id);
            group(elementsByForest, now.forest()).put(id, now);
        }
        if (sameForest && old.version() == now.version()) {
            elementsByForestAndVersion.get(now.forest()).get(now.version()).put(id, now);
        } else {
            removeFromNested(elementsByForestAndVersion, old.forest(), old.version(), id);
            group(elementsByForestAndVersion.computeIfAbsent(now.forest(),
                    k -> new EnumMap<>(ProductVersion.class)), now.version()).put(id, now);
        }
        if (sameForest) {
            elementsByForestAndType.get(now.forest()).get(now.type()).put(id, now);
        } else {
            removeFromNested(elementsByForestAndType, old.forest(), old.type(), id);
            group(elementsByForestAndType.computeIfAbsent(now.forest(), k -> new EnumMap<>(ElementType.class)),
                    now.type()).put(id, now);
        }
        replaceIn(childrenByParent, old.parent(), now.parent(), id, now);
        replaceIn(elementsByComputerName, computerNameOf(old), computerNameOf(now), id, now);
    }

    void remove(Element element) {
        String id = element.id();
        removeFrom(elementsByForest, element.forest(), id);
        removeFromNested(elementsByForestAndVersion, element.forest(), element.version(), id);
        removeFromNested(elementsByForestAndType, element.forest(), element.type(), id);
        removeFrom(childrenByParent, element.parent(), id);
        removeFrom(elementsByComputerName, computerNameOf(element), id);
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
        elementsByForestAndVersion.remove(id);
        elementsByForestAndType.remove(id);
    }

    void add(Link link) {
        linksByElement.computeIfAbsent(link.from(), k -> new ArrayList<>(4)).add(link);
        if (!link.to().equals(link.from())) {
            linksByElement.computeIfAbsent(link.to(), k -> new ArrayList<>(4)).add(link);
        }
    }

    /** Replaces a link whose ends did not change in place, where it keeps its place among its ends' links. */
    void replace(Link old, Link now) {
        if (!old.from().equals(now.from()) || !old.to().equals(now.to())) {
            remove(old);
            add(now);
            return;
        }
        replaceIn(linksByElement.get(now.from()), now);
        replaceIn(linksByElement.get(now.to()), now);
    }

    void remove(Link link) {
        removeLink(link.from(), link.id());
        removeLink(link.to(), link.id());
    }

    private static void replaceIn(List<Link> links, Link now) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(now.id())) {
                links.set(i, now);
            }
        }
    }

    private void removeLink(String elementId, String linkId) {
        List<Link> links = linksByElement.get(elementId);
        if (links == null) {
            return;
        }
        links.removeIf(link -> link.id().equals(linkId));
        if (links.isEmpty()) {
            linksByElement.remove(elementId);
        }
    }

    private static <K> Map<String, Element> group(Map<K, Map<String, Element>> index, K key) {
        return index.computeIfAbsent(key, k -> new LinkedHashMap<>(4));
    }

    private static void replaceIn(Map<String, Map<String, Element>> index, String oldKey, String newKey, String id,
                                  Element now) {
        if (Objects.equals(oldKey, newKey)) {
            if (newKey != null) {
                index.get(newKey).put(id, now);
            }
            return;
        }
        removeFrom(index, oldKey, id);
        if (newKey != null) {
            group(index, newKey).put(id, now);
        }
    }

    private static <K> void removeFromNested(Map<String, Map<K, Map<String, Element>>> index, String forest, K key,
                                             String id) {
        Map<K, Map<String, Element>> groups = index.get(forest);
        if (groups != null) {
            removeFrom(groups, key, id);
            if (groups.isEmpty()) {
                index.remove(forest);
            }
        }
    }

    private static <K> void removeFrom(Map<K, Map<String, Element>> index, K key, String id) {
        if (key == null) {
            return;
        }
        Map<String, Element> group = index.get(key);
        if (group != null) {
            group.remove(id);
            if (group.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
