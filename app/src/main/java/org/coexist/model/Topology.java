package org.coexist.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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

    // Ids are unique across forests, elements, links and phases: these maps and the few phases are the id index.
    private final Map<String, Forest> forests = new LinkedHashMap<>();
    private final Map<String, Element> elements;
    private final Map<String, Link> links;
    private final PhaseList phases = new PhaseList();

    private final TopologyIndex index;
    private final ChangeNotifier notifier = new ChangeNotifier();

    public Topology(String name) {
        this(name, 0, 0);
    }

    /** Sized for {@link TopologyAssembly}, which knows how many records are coming. */
    Topology(String name, int elementCount, int linkCount) {
        this.name = name == null ? "" : name;
        this.extra = Map.of();
        this.elements = new LinkedHashMap<>(TopologyIndex.capacity(elementCount));
        this.links = new LinkedHashMap<>(TopologyIndex.capacity(linkCount));
        this.index = new TopologyIndex(elementCount, elements::get);
    }

    /** A new design: no name yet (the designer says "Untitled" in its own language; a handout does too). */
    public Topology() {
        this("");
    }

    // ---------------------------------------------------------------- listeners and batches

    public void addListener(TopologyListener listener) {
        notifier.add(listener);
    }

    public void removeListener(TopologyListener listener) {
        notifier.remove(listener);
    }

    /** Runs several changes as one: listeners are told {@link TopologyListener#settled()} once, at the end. */
    public void batch(Runnable changes) {
        notifier.batch(changes, null);
    }

    /** A batch whose every change the journal hears first, before any listener: to undo a partial change. */
    public void batch(Runnable changes, Consumer<ModelChange> journal) {
        notifier.batch(changes, journal);
    }

    /**
     * Where a failing listener's exception goes, so that the change and the other listeners go on. Without a
     * reporter, the failure is thrown to the one who changed the topology, once every listener has heard.
     */
    public void reportListenerFailuresTo(Consumer<Throwable> reporter) {
        notifier.reportFailuresTo(reporter);
    }

    // ---------------------------------------------------------------- document

    public String name() {
        return name;
    }

    public void setName(String newName) {
        String old = name;
        name = newName == null ? "" : newName;
        if (!old.equals(name)) {
            notifier.fire(new ModelChange.DocumentChange("name", old, name));
        }
    }

    /** Free text, or null when the file has none. */
    public String description() {
        return description;
    }

    public void setDescription(String newDescription) {
        String old = description;
        description = newDescription;
        if (!Objects.equals(old, newDescription)) {
            notifier.fire(new ModelChange.DocumentChange("description", old, newDescription));
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
        return phases.view();
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
        return phases.get(id);
    }

    public int phaseIndex(String id) {
        return phases.indexOf(id);
    }

    public boolean containsId(String id) {
        return forests.containsKey(id) || elements.containsKey(id) || links.containsKey(id) || phaseIndex(id) >= 0;
    }

    /** Links from or to the element, in the order they were added. */
    public List<Link> linksOf(String elementId) {
        return new ArrayList<>(index.linksOf(elementId));
    }

    /** Links of that kind (any, for null) starting at the element. */
    public List<Link> outgoing(String elementId, LinkKind kind) {
        return TopologyIndex.linksAt(index.linksOf(elementId), elementId, kind, true);
    }

    /** Whether a link of that kind starts at the element: cheaper than {@link #outgoing}, for rules that ask often. */
    public boolean startsLink(String elementId, LinkKind kind) {
        return index.starts(elementId, kind);
    }

    public List<Link> incoming(String elementId, LinkKind kind) {
        return TopologyIndex.linksAt(index.linksOf(elementId), elementId, kind, false);
    }

    public List<Element> elementsIn(String forestId) {
        return index.forest(forestId).elements();
    }

    /**
     * What the forest holds, by version and by type as well (in the forest's order): what a rule about a forest's
     * versions reads, without going through the rest of the forest.
     */
    public ForestContents contentsOf(String forestId) {
        return index.forest(forestId);
    }

    /** Elements whose parent is the given pool. */
    public List<Element> childrenOf(String poolId) {
        return new ArrayList<>(index.childrenOf(poolId));
    }

    /**
     * Elements whose {@link Element#host()} has this computer name ({@link Properties#computerName}): "sql01",
     * "sql01.contoso.com" and "sql01.fabrikam.com" alike. Whether two of them are one computer is the rules' to say.
     */
    public List<Element> elementsOnComputerNamed(String name) {
        return name == null ? List.of() : new ArrayList<>(index.elementsOnComputerNamed(name));
    }

    /** The computer names of every element with a host. */
    public Set<String> computerNames() {
        return Collections.unmodifiableSet(index.computerNames());
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
        notifier.fire(new ModelChange.ForestChange(null, forest));
    }

    public void replaceForest(Forest forest) {
        Forest old = Invariants.existing(forests, forest.id(), "forest");
        if (old.equals(forest)) {
            return;
        }
        forests.put(forest.id(), forest);
        notifier.fire(new ModelChange.ForestChange(old, forest));
    }

    /** Removes an empty forest. */
    public void removeForest(String id) {
        Forest old = Invariants.existing(forests, id, "forest");
        if (!elementsIn(id).isEmpty()) {
            throw new IllegalStateException("forest " + id + " still holds elements");
        }
        forests.remove(id);
        index.forget(id);
        notifier.fire(new ModelChange.ForestChange(old, null));
    }

    // ---------------------------------------------------------------- elements

    public void addElement(Element element) {
        requireNewId(element.id());
        Invariants.checkPlacement(this, element);
        elements.put(element.id(), element);
        index.add(element);
        notifier.fire(new ModelChange.ElementChange(null, element));
    }

    public void replaceElement(Element element) {
        Element old = Invariants.existing(elements, element.id(), "element");
        if (old.equals(element)) {
            return;
        }
        if (old.type() != element.type()) {
            throw new IllegalArgumentException("the type of element " + element.id() + " cannot change");
        }
        Invariants.checkPlacement(this, element);
        elements.put(element.id(), element);
        index.replace(old, element);
        notifier.fire(new ModelChange.ElementChange(old, element));
    }

    /** Removes an element that no link touches and no element sits in. */
    public void removeElement(String id) {
        Element old = Invariants.existing(elements, id, "element");
        if (!linksOf(id).isEmpty()) {
            throw new IllegalStateException("links still touch element " + id);
        }
        if (!childrenOf(id).isEmpty()) {
            throw new IllegalStateException("elements still sit in " + id);
        }
        elements.remove(id);
        index.remove(old);
        index.forget(id);
        notifier.fire(new ModelChange.ElementChange(old, null));
    }

    // ---------------------------------------------------------------- links

    public void addLink(Link link) {
        requireNewId(link.id());
        Invariants.checkEndpoints(this, link);
        link = index.withOwnIds(link);
        links.put(link.id(), link);
        index.add(link);
        notifier.fire(new ModelChange.LinkChange(null, link));
    }

    public void replaceLink(Link link) {
        Link old = Invariants.existing(links, link.id(), "link");
        if (old.equals(link)) {
            return;
        }
        Invariants.checkEndpoints(this, link);
        link = index.withOwnIds(link);
        links.put(link.id(), link);
        index.replace(old, link);
        notifier.fire(new ModelChange.LinkChange(old, link));
    }

    public void removeLink(String id) {
        Link old = Invariants.existing(links, id, "link");
        links.remove(id);
        index.remove(old);
        notifier.fire(new ModelChange.LinkChange(old, null));
    }

    // ---------------------------------------------------------------- phases

    public void addPhase(Phase phase, int index) {
        requireNewId(phase.id());
        notifier.fire(phases.add(phase, index));
    }

    public void addPhase(Phase phase) {
        addPhase(phase, phases.size());
    }

    public void replacePhase(Phase phase) {
        ModelChange change = phases.replace(phase);
        if (change != null) {
            notifier.fire(change);
        }
    }

    public void removePhase(String id) {
        notifier.fire(phases.remove(id));
    }

    // ---------------------------------------------------------------- bulk loading, see TopologyAssembly

    // The records below were checked by TopologyAssembly, and no one listens to a topology being assembled.
    void placeChecked(Forest forest) {
        forests.put(forest.id(), forest);
    }

    void placeChecked(Element element) {
        elements.put(element.id(), element);
        index.add(element);
    }

    void placeChecked(Link link) {
        link = index.withOwnIds(link);
        links.put(link.id(), link);
        index.place(link);
    }

    /** Completes the lookups once every record is placed. */
    void finishPlacing() {
        index.countStartingKinds();
    }

    void placeChecked(Phase phase) {
        phases.add(phase, phases.size());
    }

    // ---------------------------------------------------------------- helpers

    /** Refuses an empty id or one already in use, by anything. Package-private for {@link TopologyAssembly}. */
    void requireNewId(String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an id must not be empty");
        }
        if (containsId(id)) {
            throw new IllegalArgumentException("the id " + id + " is already used");
        }
    }

    /**
     * The design as one state of it stands: a detached copy without the given ids and without the links that touch
     * a removed element. Elements whose pool is removed stay, outside any pool. A state has no phases (a phase's
     * view is one step, not a plan), so rules about the order of the phases find nothing in it. Listeners are not
     * copied.
     */
    public Topology without(Collection<String> hiddenIds) {
        return TopologyAssembly.without(this, hiddenIds, false);
    }

    /** An empty topology with this one's document fields, sized for a copy. */
    Topology emptyCopy() {
        Topology copy = new Topology(name, elements.size(), links.size());
        copy.description = description;
        copy.extra = extra;
        return copy;
    }

    /** A detached copy of everything, phases included, without listeners. */
    public Topology copy() {
        return TopologyAssembly.without(this, Set.of(), true);
    }
}
