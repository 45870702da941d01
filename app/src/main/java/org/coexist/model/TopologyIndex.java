package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The lookups a topology keeps beside its records, so that rules and views never scan everything: links per
 * element (with the kinds of those that start there), elements per forest ({@link ForestContents}: also by version
 * and by type), members per pool, elements per computer name (the first label of their host, see
 * {@link Properties#computerName}). Holds the records themselves, replaced in place when they change: a lookup
 * costs no second search by id, and an element keeps its place among its forest's (pool's, computer name's)
 * elements through edits that do not move it out, so rules that list them name them in the same order before and
 * after any other edit.
 */
final class TopologyIndex {
    private static final int UPGRADE = 1 << LinkKind.UPGRADES_IN_PLACE.ordinal();
    private final Map<String, ElementLinks> linksByElement;
    /** The topology's elements by id: the forest and version of a link's start, for {@link ForestContents#starts}. */
    private final Function<String, Element> elements;
    private final Map<String, ForestContents> forests = new HashMap<>();
    /** The forest last asked for, while it holds elements. */
    private String lastForestId;
    private ForestContents lastForest;
    private final Map<String, Map<String, Element>> childrenByParent = new HashMap<>();
    private final Map<String, Map<String, Element>> elementsByComputerName = new HashMap<>();

    /** The links of one element, in the order they were added, and the kinds of those that start there. */
    private static final class ElementLinks {
        private final List<Link> links = new ArrayList<>(4);
        private int startingKinds;

        int countStarting(String elementId) {
            int kinds = 0;
            for (Link link : links) {
                if (link.from().equals(elementId)) {
                    kinds |= 1 << link.kind().ordinal();
                }
            }
            return kinds;
        }
    }

    TopologyIndex(int expectedElements, Function<String, Element> elements) {
        linksByElement = new HashMap<>(capacity(expectedElements));
        this.elements = elements;
    }

    /** A hash map's initial capacity for that many entries without rehashing. */
    static int capacity(int entries) {
        return Math.max(16, (int) (entries / 0.75f) + 1);
    }

    /** The element's links, in the order they were added; the index's own list, to read at once. */
    List<Link> linksOf(String elementId) {
        ElementLinks links = linksByElement.get(elementId);
        return links == null ? List.of() : links.links;
    }

    /** Whether a link of that kind starts at the element: answered without reading its links. */
    boolean starts(String elementId, LinkKind kind) {
        ElementLinks links = linksByElement.get(elementId);
        return links != null && (links.startingKinds & (1 << kind.ordinal())) != 0;
    }

    /** What the forest holds (nothing, for a forest without elements). */
    ForestContents forest(String forestId) {
        // The rules about one forest ask for its contents a dozen times in a row.
        if (forestId.equals(lastForestId)) {
            return lastForest;
        }
        ForestContents contents = forests.get(forestId);
        if (contents == null) {
            return ForestContents.NONE;
        }
        lastForestId = forestId;
        lastForest = contents;
        return contents;
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
        // Counted first, so that the list is made at its size: a pool has dozens of links of one kind.
        int count = 0;
        for (int i = 0; i < links.size(); i++) {
            if (isAt(links.get(i), elementId, kind, starting)) {
                count++;
            }
        }
        List<Link> result = new ArrayList<>(count);
        for (int i = 0; count > 0 && i < links.size(); i++) {
            Link link = links.get(i);
            if (isAt(link, elementId, kind, starting)) {
                result.add(link);
                count--;
            }
        }
        return result;
    }

    private static boolean isAt(Link link, String elementId, LinkKind kind, boolean starting) {
        return (kind == null || link.kind() == kind) && (starting ? link.from() : link.to()).equals(elementId);
    }

    void add(Element element) {
        forests.computeIfAbsent(element.forest(), k -> new ForestContents()).add(element);
        if (element.parent() != null) {
            group(childrenByParent, element.parent()).put(element.id(), element);
        }
        String name = computerNameOf(element);
        if (name != null) {
            group(elementsByComputerName, name).put(element.id(), element);
        }
    }

    /**
     * Moves the element between the groups whose key changed, and replaces it in place in the others, where it
     * keeps its place.
     */
    void replace(Element old, Element now) {
        int kinds = startingKinds(now.id());
        if (kinds != 0 && (!old.forest().equals(now.forest()) || old.version() != now.version())) {
            forests.get(old.forest()).countStarting(old.version(), kinds, -1);
        }
        if (old.forest().equals(now.forest())) {
            forests.get(now.forest()).replace(old, now);
        } else {
            removeFromForest(old);
            forests.computeIfAbsent(now.forest(), k -> new ForestContents()).add(now);
        }
        if (kinds != 0 && (!old.forest().equals(now.forest()) || old.version() != now.version())) {
            forests.get(now.forest()).countStarting(now.version(), kinds, 1);
        }
        if (!old.forest().equals(now.forest()) || old.family() != now.family()) {
            updateUpgraded(now.id());
        }
        if (old.family() != now.family()) {
            // Whether an upgrade to it is one depends on its family.
            for (Link link : linksOf(now.id())) {
                if (link.kind() == LinkKind.UPGRADES_IN_PLACE && link.to().equals(now.id())) {
                    updateUpgraded(link.from());
                }
            }
        }
        replaceIn(childrenByParent, old.parent(), now.parent(), now.id(), now);
        replaceIn(elementsByComputerName, computerNameOf(old), computerNameOf(now), now.id(), now);
    }

    void remove(Element element) {
        removeFromForest(element);
        removeFrom(childrenByParent, element.parent(), element.id());
        removeFrom(elementsByComputerName, computerNameOf(element), element.id());
    }

    private void removeFromForest(Element element) {
        ForestContents forest = forests.get(element.forest());
        if (forest != null) {
            forest.remove(element);
            if (forest.isEmpty()) {
                forests.remove(element.forest());
                lastForestId = null;
            }
        }
    }

    private static String computerNameOf(Element element) {
        String host = element.host();
        return host == null ? null : Properties.computerName(host);
    }

    /** Forgets what only a removed element or forest had. */
    void forget(String id) {
        linksByElement.remove(id);
        childrenByParent.remove(id);
        forests.remove(id);
        lastForestId = null;
    }

    /**
     * The link with its ends named by the very strings that are its elements' ids: looking its ends up then finds
     * them by identity, without comparing the characters (a full validation looks up both ends of every link).
     */
    Link withOwnIds(Link link) {
        String from = elements.apply(link.from()).id();
        String to = elements.apply(link.to()).id();
        if (from == link.from() && to == link.to()) {
            return link;
        }
        return new Link(link.id(), link.kind(), from, to, link.properties(), link.extra());
    }

    void add(Link link) {
        addTo(link.from(), link, true);
        if (!link.to().equals(link.from())) {
            addTo(link.to(), link, true);
        }
        updateUpgraded(link);
    }

    /**
     * Adds a link of a topology being assembled, leaving the kinds of link each element starts to
     * {@link #countStartingKinds}, once every link is in: once per element rather than per link.
     */
    void place(Link link) {
        addTo(link.from(), link, false);
        if (!link.to().equals(link.from())) {
            addTo(link.to(), link, false);
        }
    }

    /**
     * Counts, after {@link #place}, the kinds of link each element starts, and tells the forests (and which of
     * their elements are upgraded in place).
     */
    void countStartingKinds() {
        linksByElement.forEach((id, links) -> {
            setStarting(id, links, links.countStarting(id));
            if ((links.startingKinds & UPGRADE) != 0) {
                updateUpgraded(id);
            }
        });
    }

    /** Replaces a link whose ends did not change in place, where it keeps its place among its ends' links. */
    void replace(Link old, Link now) {
        if (!old.from().equals(now.from()) || !old.to().equals(now.to())) {
            remove(old);
            add(now);
            return;
        }
        replaceIn(now.from(), now);
        replaceIn(now.to(), now);
        if (old.kind() != now.kind()) {
            updateUpgraded(old);
            updateUpgraded(now);
        }
    }

    void remove(Link link) {
        removeLink(link.from(), link.id());
        removeLink(link.to(), link.id());
        updateUpgraded(link);
    }

    /** After an UPGRADES_IN_PLACE link came, went or changed: whether its source is upgraded in place. */
    private void updateUpgraded(Link link) {
        if (link.kind() == LinkKind.UPGRADES_IN_PLACE) {
            updateUpgraded(link.from());
        }
    }

    /** Tells the element's forest whether it is upgraded in place (see {@link ForestContents#isUpgradedInPlace}). */
    private void updateUpgraded(String elementId) {
        Element element = elements.apply(elementId);
        ForestContents forest = element == null ? null : forests.get(element.forest());
        if (forest != null) {
            forest.setUpgraded(elementId, isUpgraded(element));
        }
    }

    private boolean isUpgraded(Element element) {
        ElementLinks links = linksByElement.get(element.id());
        if (links == null || (links.startingKinds & UPGRADE) == 0) {
            return false;
        }
        for (Link link : links.links) {
            if (link.kind() == LinkKind.UPGRADES_IN_PLACE && link.from().equals(element.id())
                    && !link.to().equals(element.id())) {
                Element target = elements.apply(link.to());
                if (target != null && target.family() == element.family()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addTo(String elementId, Link link, boolean countStarting) {
        ElementLinks links = linksByElement.computeIfAbsent(elementId, k -> new ElementLinks());
        links.links.add(link);
        if (countStarting && link.from().equals(elementId)) {
            setStarting(elementId, links, links.startingKinds | 1 << link.kind().ordinal());
        }
    }

    private void replaceIn(String elementId, Link now) {
        ElementLinks links = linksByElement.get(elementId);
        for (int i = 0; i < links.links.size(); i++) {
            if (links.links.get(i).id().equals(now.id())) {
                links.links.set(i, now);
            }
        }
        setStarting(elementId, links, links.countStarting(elementId));
    }

    private void removeLink(String elementId, String linkId) {
        ElementLinks links = linksByElement.get(elementId);
        if (links == null) {
            return;
        }
        links.links.removeIf(link -> link.id().equals(linkId));
        setStarting(elementId, links, links.countStarting(elementId));
        if (links.links.isEmpty()) {
            linksByElement.remove(elementId);
        }
    }

    private int startingKinds(String elementId) {
        ElementLinks links = linksByElement.get(elementId);
        return links == null ? 0 : links.startingKinds;
    }

    /** Sets the kinds of link that start at the element, and tells its forest what changed. */
    private void setStarting(String elementId, ElementLinks links, int kinds) {
        int changed = links.startingKinds ^ kinds;
        if (changed == 0) {
            return;
        }
        Element element = elements.apply(elementId);
        ForestContents forest = element == null ? null : forests.get(element.forest());
        if (forest != null) {
            forest.countStarting(element.version(), changed & kinds, 1);
            forest.countStarting(element.version(), changed & links.startingKinds, -1);
        }
        links.startingKinds = kinds;
    }

    private static Map<String, Element> group(Map<String, Map<String, Element>> index, String key) {
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

    private static void removeFrom(Map<String, Map<String, Element>> index, String key, String id) {
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
