package org.coexist.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;

/**
 * The elements and links an import has found so far, in one forest not yet placed, and the summary of how they
 * were found. Every document of one import adds to the same draft, so a Topology Builder document and an Exchange
 * list of one forest make one design, and a legacy Edge's next hop can be found in another document.
 */
final class Draft {
    static final String FOREST_ID = "f1";

    private final Catalog catalog;
    private final Map<String, Element> elements = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final ImportSummary summary = new ImportSummary();
    private final List<PendingRoute> pendingRoutes = new ArrayList<>();
    private int nextElement = 1;
    private int nextLink = 1;

    /** A route to a pool named by FQDN, resolved once every document is read. */
    private record PendingRoute(String fromId, String toFqdn) {
    }

    Draft(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    ImportSummary summary() {
        return summary;
    }

    /**
     * Adds an element; the summary says so. Returns null, having said why, when the catalog does not let the type
     * have the version.
     */
    Element add(ElementType type, ProductVersion version, String name, String parent, Map<String, Object> properties) {
        if (!catalog.allows(type, version)) {
            summary.add(ImportSummary.Category.SKIPPED, "skipped.catalog", name, type, version);
            return null;
        }
        Element element = new Element("e" + nextElement++, type, version, name, FOREST_ID, parent, 0, 0, 0, 0,
                properties, Map.of());
        elements.put(element.id(), element);
        if (parent == null) {
            summary.add(ImportSummary.Category.MAPPED, "mapped", name, type, version);
        } else {
            summary.add(ImportSummary.Category.MAPPED, "mapped.member", name, type, version,
                    elements.get(parent).name());
        }
        return element;
    }

    /** Adds a link once (the same kind between the same ends is one link); false when the catalog refuses it. */
    boolean link(LinkKind kind, Element from, Element to) {
        if (from == null || to == null || from.id().equals(to.id())) {
            return false;
        }
        for (Link link : links.values()) {
            if (link.kind() == kind && link.from().equals(from.id()) && link.to().equals(to.id())) {
                return true;
            }
        }
        if (!catalog.fits(kind, from, to)) {
            return false;
        }
        Link link = new Link("l" + nextLink++, kind, from.id(), to.id());
        links.put(link.id(), link);
        summary.add(ImportSummary.Category.MAPPED, "mapped.link", from.name(), to.name(), kind);
        return true;
    }

    void routeLater(Element from, String toFqdn) {
        pendingRoutes.add(new PendingRoute(from.id(), toFqdn));
    }

    /** Resolves the routes named by FQDN: to a pool, Standard Edition server or Director of that name or host. */
    void resolveRoutes() {
        for (PendingRoute route : pendingRoutes) {
            Element from = elements.get(route.fromId());
            Element to = byName(route.toFqdn());
            if (to != null) {
                link(LinkKind.ROUTES_TO, from, to);
            } else {
                summary.add(ImportSummary.Category.SKIPPED, "skipped.nextHop", from.name(), route.toFqdn());
            }
        }
        pendingRoutes.clear();
    }

    /** A registrar pool or Director whose name or host is the FQDN, or null. */
    Element byName(String fqdn) {
        String wanted = fqdn.strip().toLowerCase(Locale.ROOT);
        for (Element element : elements.values()) {
            boolean registrar = element.type().isRegistrarPool() || element.type() == ElementType.DIRECTOR;
            if (registrar && (element.name().toLowerCase(Locale.ROOT).equals(wanted) || wanted.equals(element.host()))) {
                return element;
            }
        }
        return null;
    }

    void replace(Element element) {
        elements.put(element.id(), element);
    }

    List<Element> elements() {
        return List.copyOf(elements.values());
    }

    List<Link> links() {
        return List.copyOf(links.values());
    }
}
