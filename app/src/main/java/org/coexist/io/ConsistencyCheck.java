package org.coexist.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Checks that a bound file holds together before any of it reaches a {@link org.coexist.model.Topology}: ids
 * unique, references resolve, pools hold their members in their own forest, no element sits inside itself, and
 * each element's version is one its type may have. Whether a link's endpoints suit its kind is not checked here:
 * that is a validation finding, and such a file still opens.
 */
final class ConsistencyCheck {
    private final Catalog catalog;

    ConsistencyCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    void check(TopologyDocument document, String file) throws TopologyFileException {
        IdPlaces idPaths = uniqueIds(document, file);
        Map<String, Forest> forests = new HashMap<>();
        document.forests().forEach(forest -> forests.put(forest.id(), forest));
        Map<String, Element> elements = new HashMap<>();
        document.elements().forEach(element -> elements.put(element.id(), element));

        for (int i = 0; i < document.elements().size(); i++) {
            Element element = document.elements().get(i);
            checkVersion(element, i, file);
            if (!forests.containsKey(element.forest())) {
                String path = "$.elements[" + i + "]";
                throw new TopologyFileException(file, path + ".forest", "names no forest "
                        + JsonText.quote(element.forest()) + notA(idPaths, element.forest()),
                        "the id of a forest in $.forests");
            }
            if (element.parent() != null) {
                checkParent(element, "$.elements[" + i + "]", elements, idPaths, file);
            }
        }
        Set<String> outsideAnyCycle = new HashSet<>();
        for (int i = 0; i < document.elements().size(); i++) {
            Element element = document.elements().get(i);
            if (element.parent() != null) {
                checkNoCycle(element, i, elements, outsideAnyCycle, file);
            }
        }
        for (int i = 0; i < document.links().size(); i++) {
            Link link = document.links().get(i);
            checkEndpoint(link.from(), i, ".from", elements, idPaths, file);
            checkEndpoint(link.to(), i, ".to", elements, idPaths, file);
        }
    }

    /**
     * Whether an assembled topology, whose structure the model has already checked, also fits the catalog: each
     * element's version is one its type may have, and each pool can hold members and is in their forest. Only
     * says yes or no, cheaply; {@link #check} names the problem.
     */
    boolean fitsCatalog(Topology topology) {
        for (Element element : topology.elements()) {
            if (!catalog.allows(element.type(), element.version())) {
                return false;
            }
            if (element.parent() != null) {
                Element pool = topology.element(element.parent());
                if (!catalog.mayHold(pool.type(), element.type()) || !pool.forest().equals(element.forest())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every id once, across forests, elements, links and phases. The map remembers where each id stands as a
     * compact code (section and index); paths are spelt out only for a message, so a large file pays nothing.
     */
    private static IdPlaces uniqueIds(TopologyDocument document, String file) throws TopologyFileException {
        IdPlaces places = new IdPlaces(document.forests().size() + document.elements().size()
                + document.links().size() + document.phases().size());
        for (int i = 0; i < document.forests().size(); i++) {
            places.claim(document.forests().get(i).id(), IdPlaces.FORESTS, i, file);
        }
        for (int i = 0; i < document.elements().size(); i++) {
            places.claim(document.elements().get(i).id(), IdPlaces.ELEMENTS, i, file);
        }
        for (int i = 0; i < document.links().size(); i++) {
            places.claim(document.links().get(i).id(), IdPlaces.LINKS, i, file);
        }
        List<Phase> phases = document.phases();
        for (int i = 0; i < phases.size(); i++) {
            places.claim(phases.get(i).id(), IdPlaces.PHASES, i, file);
        }
        return places;
    }

    private void checkVersion(Element element, int index, String file) throws TopologyFileException {
        if (!catalog.allows(element.type(), element.version())) {
            String path = "$.elements[" + index + "]";
            ElementTypeSpec spec = catalog.spec(element.type());
            String allowed = spec == null || spec.versions().isEmpty() ? "a type the catalog describes"
                    : "one of " + String.join(", ", spec.versions().stream().map(Enum::name).toList());
            throw new TopologyFileException(file, path + ".version", "a " + element.type() + " may not have version "
                    + element.version(), allowed);
        }
    }

    private void checkParent(Element element, String path, Map<String, Element> elements,
                             IdPlaces idPaths, String file) throws TopologyFileException {
        Element pool = elements.get(element.parent());
        if (pool == null) {
            throw new TopologyFileException(file, path + ".parent", "names no element "
                    + JsonText.quote(element.parent()) + notA(idPaths, element.parent()),
                    "the id of a pool in $.elements");
        }
        ElementTypeSpec spec = catalog.spec(pool.type());
        if (spec == null || !spec.container()) {
            throw new TopologyFileException(file, path + ".parent", JsonText.quote(pool.id()) + " is a "
                    + pool.type() + ", which cannot hold other elements", "the id of a pool (" + containerTypes() + ")");
        }
        if (!catalog.mayHold(pool.type(), element.type())) {
            throw new TopologyFileException(file, path + ".parent", "a " + element.type()
                    + " cannot be a member of a pool", "no parent, or an element of a type that may be a member ("
                    + memberTypes() + ")");
        }
        if (!pool.forest().equals(element.forest())) {
            throw new TopologyFileException(file, path + ".forest", "the element is in forest "
                    + JsonText.quote(element.forest()) + " but its pool " + JsonText.quote(pool.id()) + " is in "
                    + JsonText.quote(pool.forest()), "the forest of its pool, " + JsonText.quote(pool.forest()));
        }
    }

    /** Walks up the pools; elements whose chain is known to end are remembered, so each is walked once. */
    private static void checkNoCycle(Element element, int index, Map<String, Element> elements,
                                     Set<String> outsideAnyCycle, String file) throws TopologyFileException {
        Set<String> seen = new HashSet<>();
        List<String> chain = new ArrayList<>();
        Element current = element;
        while (current != null && !outsideAnyCycle.contains(current.id())) {
            chain.add(current.id());
            if (!seen.add(current.id())) {
                throw new TopologyFileException(file, "$.elements[" + index + "].parent",
                        "the element's pools form a cycle: " + cycle(chain),
                        "a chain of pools that ends outside any pool");
            }
            current = current.parent() == null ? null : elements.get(current.parent());
        }
        outsideAnyCycle.addAll(chain);
    }

    /** "a" in "b" in "a", the middle of a long chain left out so that the message stays one short line. */
    private static String cycle(List<String> chain) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (i < 3 || i >= chain.size() - 2) {
                shown.add(JsonText.quote(chain.get(i)));
            } else if (i == 3) {
                shown.add("… (" + (chain.size() - 5) + " more)");
            }
        }
        return String.join(" in ", shown);
    }

    private static void checkEndpoint(String id, int linkIndex, String end, Map<String, Element> elements,
                                      IdPlaces idPaths, String file) throws TopologyFileException {
        if (!elements.containsKey(id)) {
            String path = "$.links[" + linkIndex + "]" + end;
            throw new TopologyFileException(file, path, "names no element " + JsonText.quote(id)
                    + notA(idPaths, id), "the id of an element in $.elements");
        }
    }

    /** Says where an id that is of the wrong kind is, so "f1 is a forest" is not a mystery. */
    private static String notA(IdPlaces idPaths, String id) {
        String where = idPaths.get(id);
        return where == null ? "" : " (that id is at " + where + ")";
    }

    private String memberTypes() {
        List<String> names = new ArrayList<>();
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            if (spec.member()) {
                names.add(spec.type().name());
            }
        }
        return String.join(", ", names);
    }

    private String containerTypes() {
        List<String> names = new ArrayList<>();
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            if (spec.container()) {
                names.add(spec.type().name());
            }
        }
        return String.join(", ", names);
    }
}
