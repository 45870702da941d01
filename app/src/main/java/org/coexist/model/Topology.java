package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A migration design: forests, the elements placed in them, the links between elements, and the phases of the
 * migration. The only mutable part of the model. Every mutation checks the structural invariants (unique ids,
 * references that resolve, no parent cycles), keeps the lookup indexes current and tells the listeners.
 *
 * <p>Not thread-safe: one thread (the UI thread, or the CLI's main thread) owns a topology.
 */
public final class Topology {
    private String name;
    private String description;
    private Map<String, Object> extra;

    private final Map<String, Forest> forests = new LinkedHashMap<>();
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final List<Phase> phases = new ArrayList<>();

    /** Every id in use, of any kind: ids are unique across forests, elements, links and phases. */
    private final Set<String> ids = new HashSet<>();
    /** Lists, not sets: an element has few links, and a list costs a fraction of a set to build. */
    private final Map<String, List<String>> linksByElement = new HashMap<>();
    private final Map<String, Set<String>> elementsByForest = new HashMap<>();
    private final Map<String, Set<String>> childrenByParent = new HashMap<>();
    private final Map<String, Set<String>> elementsByHost = new HashMap<>();

    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    private int batchDepth;

    public Topology(String name) {
        this.name = name == null ? "" : name;
        this.description = null;
        this.extra = Map.of();
    }

    public Topology() {
        this("Untitled");
    }

    // ---------------------------------------------------------------- listeners and batches

    public void addListener(TopologyListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TopologyListener listener) {
        listeners.remove(listener);
    }

    /** Runs several changes as one: listeners are told {@link TopologyListener#settled()} once, at the end. */
    public void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0) {
                listeners.forEach(TopologyListener::settled);
            }
        }
    }

    private void fire(ModelChange change) {
        for (TopologyListener listener : listeners) {
            listener.changed(change);
        }
        if (batchDepth == 0) {
            listeners.forEach(TopologyListener::settled);
        }
    }

    // ---------------------------------------------------------------- document

    public String name() {
        return name;
    }

    public void setName(String newName) {
        String old = name;
        name = newName == null ? "" : newName;
        if (!old.equals(name)) {
            fire(new ModelChange.DocumentChange("name", old, name));
        }
    }

    /** Free text, or null when the file has none. */
    public String description() {
        return description;
    }

    public void setDescription(String newDescription) {
        String old = description;
        description = newDescription;
        if (!java.util.Objects.equals(old, newDescription)) {
            fire(new ModelChange.DocumentChange("description", old, newDescription));
        }
    }

    /** Unknown top-level fields of the file, written back on save. */
    public Map<String, Object> extra() {
        return extra;
    }

    public void setExtra(Map<String, Object> newExtra) {
        extra = Properties.frozen(newExtra);
    }

    // ---------------------------------------------------------------- queries

    public Collection<Forest> forests() {
        return Collections.unmodifiableCollection(forests.values());
    }

    public Collection<Element> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    public Collection<Link> links() {
        return Collections.unmodifiableCollection(links.values());
    }

    public List<Phase> phases() {
        return Collections.unmodifiableList(phases);
    }

    public Forest forest(String id) {
        return forests.get(id);
    }

    public Element element(String id) {
        return elements.get(id);
    }

    public Link link(String id) {
        return links.get(id);
    }

    public Phase phase(String id) {
        for (Phase phase : phases) {
            if (phase.id().equals(id)) {
                return phase;
            }
        }
        return null;
    }

    public int phaseIndex(String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean containsId(String id) {
        return ids.contains(id);
    }

    /** Links from or to the element, in the order they were added. */
    public List<Link> linksOf(String elementId) {
        return resolve(linksByElement.get(elementId), links);
    }

    public List<Link> outgoing(String elementId, LinkKind kind) {
        List<Link> result = new ArrayList<>(2);
        for (Link link : linksOf(elementId)) {
            if (link.from().equals(elementId) && (kind == null || link.kind() == kind)) {
                result.add(link);
            }
        }
        return result;
    }

    public List<Link> incoming(String elementId, LinkKind kind) {
        List<Link> result = new ArrayList<>(2);
        for (Link link : linksOf(elementId)) {
            if (link.to().equals(elementId) && (kind == null || link.kind() == kind)) {
                result.add(link);
            }
        }
        return result;
    }

    public List<Element> elementsIn(String forestId) {
        return resolve(elementsByForest.get(forestId), elements);
    }

    /** Elements whose parent is the given pool. */
    public List<Element> childrenOf(String poolId) {
        return resolve(childrenByParent.get(poolId), elements);
    }

    /** Elements whose {@link Element#host()} is the given (normalised) host. */
    public List<Element> elementsOnHost(String host) {
        return host == null ? List.of() : resolve(elementsByHost.get(host), elements);
    }

    public Set<String> hosts() {
        return Collections.unmodifiableSet(elementsByHost.keySet());
    }

    private static <T> List<T> resolve(Collection<String> ids, Map<String, T> source) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<T> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(source.get(id));
        }
        return result;
    }

    /** An id not used yet, made of the prefix and a number: "e12". */
    public String newId(String prefix) {
        int n = forests.size() + elements.size() + links.size() + phases.size() + 1;
        while (containsId(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    // ---------------------------------------------------------------- forests

    public void addForest(Forest forest) {
        requireNewId(forest.id());
        forests.put(forest.id(), forest);
        fire(new ModelChange.ForestChange(null, forest));
    }

    public void replaceForest(Forest forest) {
        Forest old = require(forests, forest.id(), "forest");
        if (old.equals(forest)) {
            return;
        }
        forests.put(forest.id(), forest);
        fire(new ModelChange.ForestChange(old, forest));
    }

    /** Removes an empty forest. */
    public void removeForest(String id) {
        Forest old = require(forests, id, "forest");
        if (!elementsIn(id).isEmpty()) {
            throw new IllegalStateException("forest " + id + " still holds elements");
        }
        forests.remove(id);
        releaseId(id);
        elementsByForest.remove(id);
        fire(new ModelChange.ForestChange(old, null));
    }

    // ---------------------------------------------------------------- elements

    public void addElement(Element element) {
        requireNewId(element.id());
        try {
            checkPlacement(element);
        } catch (IllegalArgumentException e) {
            releaseId(element.id());
            throw e;
        }
        elements.put(element.id(), element);
        index(element);
        fire(new ModelChange.ElementChange(null, element));
    }

    public void replaceElement(Element element) {
        Element old = require(elements, element.id(), "element");
        if (old.equals(element)) {
            return;
        }
        if (old.type() != element.type()) {
            throw new IllegalArgumentException("the type of element " + element.id() + " cannot change");
        }
        checkPlacement(element);
        unindex(old);
        elements.put(element.id(), element);
        index(element);
        fire(new ModelChange.ElementChange(old, element));
    }

    /** Removes an element that no link touches and no element sits in. */
    public void removeElement(String id) {
        Element old = require(elements, id, "element");
        if (!linksOf(id).isEmpty()) {
            throw new IllegalStateException("links still touch element " + id);
        }
        if (!childrenOf(id).isEmpty()) {
            throw new IllegalStateException("elements still sit in " + id);
        }
        elements.remove(id);
        releaseId(id);
        unindex(old);
        linksByElement.remove(id);
        childrenByParent.remove(id);
        fire(new ModelChange.ElementChange(old, null));
    }

    private void checkPlacement(Element element) {
        if (!forests.containsKey(element.forest())) {
            throw new IllegalArgumentException("element " + element.id() + " names no such forest: " + element.forest());
        }
        String parentId = element.parent();
        if (parentId == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        seen.add(element.id());
        String current = parentId;
        while (current != null) {
            if (!seen.add(current)) {
                throw new IllegalArgumentException("element " + element.id() + " would sit inside itself");
            }
            Element ancestor = elements.get(current);
            if (ancestor == null) {
                throw new IllegalArgumentException("element " + element.id() + " names no such parent: " + current);
            }
            current = ancestor.parent();
        }
    }

    private void index(Element element) {
        elementsByForest.computeIfAbsent(element.forest(), k -> new LinkedHashSet<>()).add(element.id());
        if (element.parent() != null) {
            childrenByParent.computeIfAbsent(element.parent(), k -> new LinkedHashSet<>()).add(element.id());
        }
        if (element.host() != null) {
            elementsByHost.computeIfAbsent(element.host(), k -> new LinkedHashSet<>()).add(element.id());
        }
    }

    private void unindex(Element element) {
        removeFromIndex(elementsByForest, element.forest(), element.id());
        removeFromIndex(childrenByParent, element.parent(), element.id());
        removeFromIndex(elementsByHost, element.host(), element.id());
    }

    private static void removeFromIndex(Map<String, ? extends Collection<String>> index, String key, String id) {
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

    // ---------------------------------------------------------------- links

    public void addLink(Link link) {
        requireNewId(link.id());
        try {
            checkEndpoints(link);
        } catch (IllegalArgumentException e) {
            releaseId(link.id());
            throw e;
        }
        links.put(link.id(), link);
        indexLink(link);
        fire(new ModelChange.LinkChange(null, link));
    }

    public void replaceLink(Link link) {
        Link old = require(links, link.id(), "link");
        if (old.equals(link)) {
            return;
        }
        checkEndpoints(link);
        unindexLink(old);
        links.put(link.id(), link);
        indexLink(link);
        fire(new ModelChange.LinkChange(old, link));
    }

    public void removeLink(String id) {
        Link old = require(links, id, "link");
        links.remove(id);
        releaseId(id);
        unindexLink(old);
        fire(new ModelChange.LinkChange(old, null));
    }

    private void checkEndpoints(Link link) {
        if (!elements.containsKey(link.from())) {
            throw new IllegalArgumentException("link " + link.id() + " starts at no such element: " + link.from());
        }
        if (!elements.containsKey(link.to())) {
            throw new IllegalArgumentException("link " + link.id() + " ends at no such element: " + link.to());
        }
    }

    private void indexLink(Link link) {
        linksByElement.computeIfAbsent(link.from(), k -> new ArrayList<>(4)).add(link.id());
        if (!link.to().equals(link.from())) {
            linksByElement.computeIfAbsent(link.to(), k -> new ArrayList<>(4)).add(link.id());
        }
    }

    private void unindexLink(Link link) {
        removeFromIndex(linksByElement, link.from(), link.id());
        removeFromIndex(linksByElement, link.to(), link.id());
    }

    // ---------------------------------------------------------------- phases

    public void addPhase(Phase phase, int index) {
        requireNewId(phase.id());
        int at = Math.max(0, Math.min(index, phases.size()));
        phases.add(at, phase);
        fire(new ModelChange.PhaseChange(null, phase, at));
    }

    public void addPhase(Phase phase) {
        addPhase(phase, phases.size());
    }

    public void replacePhase(Phase phase) {
        int index = phaseIndex(phase.id());
        if (index < 0) {
            throw new IllegalArgumentException("no such phase: " + phase.id());
        }
        Phase old = phases.get(index);
        if (old.equals(phase)) {
            return;
        }
        phases.set(index, phase);
        fire(new ModelChange.PhaseChange(old, phase, index));
    }

    public void removePhase(String id) {
        int index = phaseIndex(id);
        if (index < 0) {
            throw new IllegalArgumentException("no such phase: " + id);
        }
        Phase old = phases.remove(index);
        releaseId(id);
        fire(new ModelChange.PhaseChange(old, null, index));
    }

    // ---------------------------------------------------------------- helpers

    /** Claims the id; the caller must add the object or give the id back with {@link #releaseId}. */
    private void requireNewId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id must not be empty");
        }
        if (!ids.add(id)) {
            throw new IllegalArgumentException("the id " + id + " is already used");
        }
    }

    private void releaseId(String id) {
        ids.remove(id);
    }

    private static <T> T require(Map<String, T> map, String id, String what) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no such " + what + ": " + id);
        }
        return value;
    }

    /**
     * A detached copy without the given ids and without the links that touch a removed element. Elements whose
     * pool is removed stay, outside any pool. Listeners are not copied.
     */
    public Topology without(Collection<String> hiddenIds) {
        Set<String> hidden = new HashSet<>(hiddenIds);
        Topology copy = new Topology(name);
        copy.description = description;
        copy.extra = extra;
        for (Forest forest : forests.values()) {
            if (!hidden.contains(forest.id())) {
                copy.forests.put(forest.id(), forest);
                copy.ids.add(forest.id());
            }
        }
        for (Element element : elements.values()) {
            if (hidden.contains(element.id()) || !copy.forests.containsKey(element.forest())) {
                hidden.add(element.id());
            }
        }
        for (Element element : elements.values()) {
            if (hidden.contains(element.id())) {
                continue;
            }
            Element kept = element.parent() != null && hidden.contains(element.parent())
                    ? element.withPlacement(element.forest(), null) : element;
            copy.elements.put(kept.id(), kept);
            copy.ids.add(kept.id());
            copy.index(kept);
        }
        for (Link link : links.values()) {
            if (!hidden.contains(link.id()) && !hidden.contains(link.from()) && !hidden.contains(link.to())) {
                copy.links.put(link.id(), link);
                copy.ids.add(link.id());
                copy.indexLink(link);
            }
        }
        copy.phases.addAll(phases);
        phases.forEach(phase -> copy.ids.add(phase.id()));
        return copy;
    }

    /** A detached copy of everything, without listeners. */
    public Topology copy() {
        return without(Set.of());
    }
}
