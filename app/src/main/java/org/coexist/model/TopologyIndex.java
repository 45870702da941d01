package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lookups a topology keeps beside its records, so that rules and views never scan everything: links per
 * element, elements per forest (and per forest and version, per forest and type, so that a rule about what a forest
 * holds looks at the few elements it is about), members per pool, elements per computer name (the first label of
 * their host, see {@link Properties#computerName}). Holds the records
 * themselves, replaced in place when they change: a lookup costs no second search by id, and an element keeps its
 * place among its forest's (pool's, computer name's) elements through edits that do not move it out, so rules that
 * list them name them in the same order before and after any other edit. A forest's elements of a version or a type
 * are in the forest's order too, whatever versions they had before: each element has a serial number from the
 * moment it was placed in its forest, and those groups are sorted by it.
 */
final class TopologyIndex {
    /** Lists, not maps: an element has few links, and a list costs a fraction of a map to build. */
    private final Map<String, List<Link>> linksByElement;
    private final Map<String, Map<String, Element>> elementsByForest = new HashMap<>();
    private final Map<String, Map<ProductVersion, SortedMap<Long, Element>>> elementsByForestAndVersion =
            new HashMap<>();
    private final Map<String, Map<ElementType, SortedMap<Long, Element>>> elementsByForestAndType = new HashMap<>();
    /** When each element was placed in its forest: its place in the forest's order. */
    private final Map<String, Long> serials;
    private long nextSerial;
    private final Map<String, Map<String, Element>> childrenByParent = new HashMap<>();
    private final Map<String, Map<String, Element>> elementsByComputerName = new HashMap<>();

    TopologyIndex(int expectedElements) {
        linksByElement = new HashMap<>(capacity(expectedElements));
        serials = new HashMap<>(capacity(expectedElements));
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
        Map<ProductVersion, SortedMap<Long, Element>> byVersion = elementsByForestAndVersion.get(forestId);
        return byVersion == null ? List.of() : values(byVersion.get(version));
    }

    /** The forest's elements of any of these versions, in the forest's order. */
    List<Element> elementsIn(String forestId, Set<ProductVersion> versions) {
        Map<ProductVersion, SortedMap<Long, Element>> byVersion = elementsByForestAndVersion.get(forestId);
        if (byVersion == null) {
            return new ArrayList<>(0);
        }
        List<SortedMap<Long, Element>> groups = new ArrayList<>(versions.size());
        for (ProductVersion version : versions) {
            SortedMap<Long, Element> group = byVersion.get(version);
            if (group != null) {
                groups.add(group);
            }
        }
        return merged(groups);
    }

    /** The elements of the groups in the order of their serials: the groups are few and each is sorted. */
    private static List<Element> merged(List<SortedMap<Long, Element>> groups) {
        if (groups.size() == 1) {
            return new ArrayList<>(groups.get(0).values());
        }
        int total = 0;
        List<Iterator<Map.Entry<Long, Element>>> heads = new ArrayList<>(groups.size());
        List<Map.Entry<Long, Element>> current = new ArrayList<>(groups.size());
        for (SortedMap<Long, Element> group : groups) {
            total += group.size();
            Iterator<Map.Entry<Long, Element>> head = group.entrySet().iterator();
            heads.add(head);
            current.add(head.next());
        }
        List<Element> result = new ArrayList<>(total);
        while (result.size() < total) {
            int first = -1;
            for (int i = 0; i < current.size(); i++) {
                if (current.get(i) != null && (first < 0 || current.get(i).getKey() < current.get(first).getKey())) {
                    first = i;
                }
            }
            result.add(current.get(first).getValue());
            current.set(first, heads.get(first).hasNext() ? heads.get(first).next() : null);
        }
        return result;
    }

    Collection<Element> elementsIn(String forestId, ElementType type) {
        Map<ElementType, SortedMap<Long, Element>> byType = elementsByForestAndType.get(forestId);
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

    private static Collection<Element> values(Map<?, Element> group) {
        return group == null ? List.of() : group.values();
    }

    /** Of the element's links, those of the kind (any, for null) that start (or end) there. */
    static List<Link> linksAt(List<Link> links, String elementId, LinkKind kind, boolean starting) {
        List<Link> result = null;
        for (Link link : links) {
            if ((kind == null || link.kind() == kind) && (starting ? link.from() : link.to()).equals(elementId)) {
                if (result == null) {
                    result = new ArrayList<>(2);
                }
                result.add(link);
            }
        }
        // Rules ask this of nearly every element they look at, and most often nothing is there.
        return result == null ? new ArrayList<>(0) : result;
    }

    void add(Element element) {
        String id = element.id();
        placeInForest(element);
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
        if (old.forest().equals(now.forest())) {
            Long serial = serials.get(id);
            elementsByForest.get(now.forest()).put(id, now);
            if (old.version() != now.version()) {
                removeFrom(elementsByForestAndVersion.get(old.forest()), old.version(), serial);
                sorted(versionsOf(now.forest()), now.version()).put(serial, now);
            } else {
                elementsByForestAndVersion.get(now.forest()).get(now.version()).put(serial, now);
            }
            elementsByForestAndType.get(now.forest()).get(now.type()).put(serial, now);
        } else {
            removeFromForest(old);
            placeInForest(now);
        }
        replaceIn(childrenByParent, old.parent(), now.parent(), id, now);
        replaceIn(elementsByComputerName, computerNameOf(old), computerNameOf(now), id, now);
    }

    /** Puts the element last in its forest's order. */
    private void placeInForest(Element element) {
        long serial = nextSerial++;
        serials.put(element.id(), serial);
        group(elementsByForest, element.forest()).put(element.id(), element);
        sorted(versionsOf(element.forest()), element.version()).put(serial, element);
        sorted(elementsByForestAndType.computeIfAbsent(element.forest(), k -> new EnumMap<>(ElementType.class)),
                element.type()).put(serial, element);
    }

    private void removeFromForest(Element element) {
        Long serial = serials.remove(element.id());
        removeFrom(elementsByForest, element.forest(), element.id());
        removeFromNested(elementsByForestAndVersion, element.forest(), element.version(), serial);
        removeFromNested(elementsByForestAndType, element.forest(), element.type(), serial);
    }

    private Map<ProductVersion, SortedMap<Long, Element>> versionsOf(String forestId) {
        return elementsByForestAndVersion.computeIfAbsent(forestId, k -> new EnumMap<>(ProductVersion.class));
    }

    void remove(Element element) {
        String id = element.id();
        removeFromForest(element);
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

    private static <K> SortedMap<Long, Element> sorted(Map<K, SortedMap<Long, Element>> index, K key) {
        return index.computeIfAbsent(key, k -> new TreeMap<>());
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

    private static <K> void removeFromNested(Map<String, Map<K, SortedMap<Long, Element>>> index, String forest,
                                             K key, Long serial) {
        Map<K, SortedMap<Long, Element>> groups = index.get(forest);
        if (groups != null) {
            removeFrom(groups, key, serial);
            if (groups.isEmpty()) {
                index.remove(forest);
            }
        }
    }

    private static <K, I> void removeFrom(Map<K, ? extends Map<I, Element>> index, K key, I id) {
        if (key == null || index == null) {
            return;
        }
        Map<I, Element> group = index.get(key);
        if (group != null) {
            group.remove(id);
            if (group.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
