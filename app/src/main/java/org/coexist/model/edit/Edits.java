package org.coexist.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import java.util.Locale;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Builds the named commands of the designer from the present state of a topology. Each method only reads the
 * topology; the returned command changes it when the {@link CommandManager} executes it.
 */
public final class Edits {
    private final Catalog catalog;
    private final EditNames names;
    private final CatalogLabels labels;
    private final PhaseEdits phases;

    /** Commands named in English, types by the catalog's own labels. */
    public Edits(Catalog catalog, EditNames names) {
        this(catalog, names, new CatalogLabels(catalog, Locale.ROOT));
    }

    /** Commands whose names show types in the labels' language ("Ajouter Pool de serveurs frontaux pool01"). */
    public Edits(Catalog catalog, EditNames names, CatalogLabels labels) {
        this.catalog = catalog;
        this.names = names;
        this.labels = labels;
        this.phases = new PhaseEdits(names);
    }

    /** The commands that change the phases of the migration and the elements' lifecycles. */
    public PhaseEdits phases() {
        return phases;
    }

    public Catalog catalog() {
        return catalog;
    }

    public EditCommand addForest(Topology topology, double x, double y, double width, double height) {
        Forest forest = new Forest(topology.newId("f"), Naming.nextForestName(topology), x, y, width, height);
        return new EditCommand(names.format("edit.addForest", forest.name()),
                List.of(new Edit.OfForest(null, forest)));
    }

    /**
     * A new element of the type and version in the forest (and pool, or null), named after its type, at its type's
     * default size: the size is the element's own from the start, so every drawing of it agrees.
     */
    public EditCommand addElement(Topology topology, ElementType type, ProductVersion version, String forestId,
                                  String parentId, double x, double y) {
        ElementTypeSpec spec = catalog.spec(type);
        if (!spec.allows(version)) {
            throw new IllegalArgumentException(spec.label() + " cannot be " + version);
        }
        Element element = new Element(topology.newId("e"), type, version,
                Naming.nextElementName(topology, spec.namePrefix()), forestId, parentId, x, y, spec.defaultWidth(),
                spec.defaultHeight(), Map.of(), Map.of());
        return new EditCommand(names.format("edit.addElement", labels.type(type), element.name()),
                List.of(new Edit.OfElement(null, element)));
    }

    /** A whole forest with its elements (pools before members) and links, as an import adds it: one command. */
    public EditCommand importForest(Forest forest, List<Element> elements, List<Link> links) {
        List<Edit> edits = new ArrayList<>();
        edits.add(new Edit.OfForest(null, forest));
        elements.forEach(element -> edits.add(new Edit.OfElement(null, element)));
        links.forEach(link -> edits.add(new Edit.OfLink(null, link)));
        return new EditCommand(names.format("edit.import", elements.size()), edits);
    }

    public EditCommand connect(Topology topology, String fromId, String toId, LinkKind kind) {
        Link link = new Link(topology.newId("l"), kind, fromId, toId);
        return new EditCommand(names.format("edit.connect", nameOf(topology, fromId), nameOf(topology, toId)),
                List.of(new Edit.OfLink(null, link)));
    }

    /** Moves elements and forests by an offset; what a pool or forest holds moves with it. */
    public EditCommand move(Topology topology, Collection<String> ids, double dx, double dy) {
        return moveNamed(topology, ids, dx, dy, "edit.move");
    }

    /** A keyboard nudge: a move with its own name in the Edit menu. */
    public EditCommand nudge(Topology topology, Collection<String> ids, double dx, double dy) {
        return moveNamed(topology, ids, dx, dy, "edit.nudge");
    }

    private EditCommand moveNamed(Topology topology, Collection<String> ids, double dx, double dy, String key) {
        List<Edit> edits = new ArrayList<>();
        Set<String> elementIds = new LinkedHashSet<>();
        List<String> forestNames = new ArrayList<>();
        for (String id : ids) {
            Forest forest = topology.forest(id);
            if (forest != null) {
                edits.add(new Edit.OfForest(forest, forest.withBounds(forest.x() + dx, forest.y() + dy,
                        forest.width(), forest.height())));
                forestNames.add(forest.name());
                topology.elementsIn(id).forEach(e -> elementIds.add(e.id()));
            } else if (topology.element(id) != null) {
                Clip.addWithMembers(topology, id, elementIds);
            }
        }
        for (String id : elementIds) {
            Element element = topology.element(id);
            edits.add(new Edit.OfElement(element, element.withPosition(element.x() + dx, element.y() + dy)));
        }
        String name = forestNames.size() == 1 && ids.size() == 1
                ? names.format("edit.moveForest", forestNames.get(0))
                : names.format(key, ids.size(), ids.isEmpty() ? "" : nameOf(topology, ids.iterator().next()));
        return new EditCommand(name, edits);
    }

    /**
     * Moves elements by an offset and drops them into a forest and pool (null for none): the dragged elements
     * become members of the pool; what they hold follows them into the forest.
     */
    public EditCommand moveInto(Topology topology, Collection<String> elementIds, double dx, double dy,
                                String forestId, String parentId) {
        Set<String> moved = new LinkedHashSet<>();
        for (String id : elementIds) {
            Clip.addWithMembers(topology, id, moved);
        }
        if (parentId != null && moved.contains(parentId)) {
            throw new IllegalArgumentException("a pool cannot be dropped into itself");
        }
        List<Edit> edits = new ArrayList<>();
        for (String id : moved) {
            Element element = topology.element(id);
            Element after = element.withPosition(element.x() + dx, element.y() + dy);
            boolean topLevel = element.parent() == null || !moved.contains(element.parent());
            after = after.withPlacement(forestId, topLevel ? parentId : element.parent());
            edits.add(new Edit.OfElement(element, after));
        }
        // Members move after their pool so every intermediate state keeps forests consistent.
        List<Edit> ordered = orderParentsFirst(topology, edits);
        String first = elementIds.isEmpty() ? "" : nameOf(topology, elementIds.iterator().next());
        return new EditCommand(names.format("edit.move", elementIds.size(), first), ordered);
    }

    private static List<Edit> orderParentsFirst(Topology topology, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(
                Clip.depth(topology, ((Edit.OfElement) a).before()),
                Clip.depth(topology, ((Edit.OfElement) b).before())));
        return sorted;
    }

    /** Deletes forests, elements and links; what they hold and the links that touch them go too. */
    public EditCommand delete(Topology topology, Collection<String> ids) {
        Set<String> elementIds = new LinkedHashSet<>();
        Set<String> forestIds = new LinkedHashSet<>();
        Set<String> linkIds = new LinkedHashSet<>();
        for (String id : ids) {
            if (topology.forest(id) != null) {
                forestIds.add(id);
                topology.elementsIn(id).forEach(e -> elementIds.add(e.id()));
            } else if (topology.element(id) != null) {
                Clip.addWithMembers(topology, id, elementIds);
            } else if (topology.link(id) != null) {
                linkIds.add(id);
            }
        }
        for (String id : elementIds) {
            topology.linksOf(id).forEach(l -> linkIds.add(l.id()));
        }
        List<Edit> edits = new ArrayList<>();
        linkIds.forEach(id -> edits.add(new Edit.OfLink(topology.link(id), null)));
        List<Element> elements = new ArrayList<>();
        elementIds.forEach(id -> elements.add(topology.element(id)));
        elements.sort((a, b) -> Integer.compare(Clip.depth(topology, b), Clip.depth(topology, a)));
        elements.forEach(e -> edits.add(new Edit.OfElement(e, null)));
        forestIds.forEach(id -> edits.add(new Edit.OfForest(topology.forest(id), null)));
        int count = ids.size();
        String first = ids.isEmpty() ? "" : nameOf(topology, ids.iterator().next());
        return new EditCommand(names.format("edit.delete", count, first), edits);
    }

    public EditCommand rename(Topology topology, String id, String newName) {
        String oldName = nameOf(topology, id);
        Forest forest = topology.forest(id);
        Edit edit = forest != null ? new Edit.OfForest(forest, forest.withName(newName))
                : new Edit.OfElement(topology.element(id), topology.element(id).withName(newName));
        return new EditCommand(names.format("edit.rename", oldName), List.of(edit));
    }

    public EditCommand setVersion(Topology topology, String elementId, ProductVersion version) {
        Element element = topology.element(elementId);
        return new EditCommand(names.format("edit.version", element.name()),
                List.of(new Edit.OfElement(element, element.withVersion(version))));
    }

    /** Sets (or, with null, removes) a property of an element, forest or link. */
    public EditCommand setProperty(Topology topology, String id, String key, Object value) {
        Edit edit;
        if (topology.forest(id) != null) {
            Forest forest = topology.forest(id);
            edit = new Edit.OfForest(forest, forest.withProperty(key, value));
        } else if (topology.element(id) != null) {
            Element element = topology.element(id);
            edit = new Edit.OfElement(element, element.withProperty(key, value));
        } else {
            Link link = topology.link(id);
            edit = new Edit.OfLink(link, link.withProperty(key, value));
        }
        return new EditCommand(names.format("edit.property", nameOf(topology, id), labels.property(key)), List.of(edit));
    }

    public EditCommand setKind(Topology topology, String linkId, LinkKind kind) {
        Link link = topology.link(linkId);
        return new EditCommand(names.format("edit.kind", linkId), List.of(new Edit.OfLink(link, link.withKind(kind))));
    }

    /** New bounds for a forest or a pool. */
    public EditCommand resize(Topology topology, String id, double x, double y, double width, double height) {
        Forest forest = topology.forest(id);
        Edit edit;
        if (forest != null) {
            edit = new Edit.OfForest(forest, forest.withBounds(x, y, width, height));
        } else {
            Element element = topology.element(id);
            edit = new Edit.OfElement(element, element.withPosition(x, y).withSize(width, height));
        }
        return new EditCommand(names.format("edit.resize", nameOf(topology, id)), List.of(edit));
    }

    /**
     * Adds copies of the clip, offset, with fresh ids and links among the copies kept. Elements whose forest is
     * not in the clip go to {@code fallbackForestId} when their own forest is gone; returns an empty command when
     * nothing can be placed.
     */
    public EditCommand paste(Topology topology, Clip clip, double dx, double dy, String fallbackForestId,
                             String nameKey) {
        Map<String, String> newIds = new HashMap<>();
        List<Edit> edits = new ArrayList<>();
        Topology scratch = topology.copy();
        for (Forest forest : clip.forests()) {
            String id = scratch.newId("f");
            newIds.put(forest.id(), id);
            Forest copy = new Forest(id, forest.name(), forest.x() + dx, forest.y() + dy, forest.width(),
                    forest.height(), forest.properties(), forest.extra());
            edits.add(new Edit.OfForest(null, copy));
            scratch.addForest(copy);
        }
        int pasted = 0;
        for (Element element : clip.elements()) {
            String forestId = newIds.getOrDefault(element.forest(),
                    topology.forest(element.forest()) != null ? element.forest() : fallbackForestId);
            if (forestId == null) {
                continue;
            }
            String parentId = element.parent() == null ? null : newIds.get(element.parent());
            String id = scratch.newId("e");
            newIds.put(element.id(), id);
            String name = Naming.nextElementName(scratch, catalog.spec(element.type()).namePrefix());
            Element copy = new Element(id, element.type(), element.version(), name, forestId, parentId,
                    element.x() + dx, element.y() + dy, element.width(), element.height(), element.properties(),
                    element.extra());
            edits.add(new Edit.OfElement(null, copy));
            scratch.addElement(copy);
            pasted++;
        }
        for (Link link : clip.links()) {
            String from = newIds.get(link.from());
            String to = newIds.get(link.to());
            if (from != null && to != null) {
                String id = scratch.newId("l");
                Link copy = new Link(id, link.kind(), from, to, link.properties(), link.extra());
                edits.add(new Edit.OfLink(null, copy));
                scratch.addLink(copy);
            }
        }
        return new EditCommand(names.format(nameKey, pasted), edits);
    }

    private static String nameOf(Topology topology, String id) {
        if (topology.element(id) != null) {
            return topology.element(id).name();
        }
        if (topology.forest(id) != null) {
            return topology.forest(id).name();
        }
        return id;
    }
}
