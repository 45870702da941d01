package org.coexist.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/** The import fixtures (see src/test/resources/import/README.md) and lookups the tests share. */
public final class Fixtures {
    public static final Path DIR = Path.of("src/test/resources/import");
    public static final Catalog CATALOG = CatalogReader.readBundled();

    private Fixtures() {
    }

    public static Path file(String name) {
        return DIR.resolve(name);
    }

    public static ImportResult importing(ProductVersion assumed, String... names) throws ImportException {
        return new Importer(CATALOG).importFiles(java.util.Arrays.stream(names).map(Fixtures::file).toList(), null,
                assumed);
    }

    /** The one element of that type and name (names compare case-insensitively); fails when not exactly one. */
    public static Element element(Topology topology, ElementType type, String name) {
        List<Element> found = topology.elements().stream()
                .filter(e -> e.type() == type && e.name().equalsIgnoreCase(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " " + name + ", found " + found.size() + " in "
                    + topology.elements().stream().map(e -> e.type() + " " + e.name()).toList());
        }
        return found.get(0);
    }

    public static boolean linked(Topology topology, LinkKind kind, Element from, Element to) {
        for (Link link : topology.links()) {
            if (link.kind() == kind && link.from().equals(from.id()) && link.to().equals(to.id())) {
                return true;
            }
        }
        return false;
    }

    public static List<String> summary(ImportResult result, ImportSummary.Category category) {
        SummaryText text = new SummaryText(CATALOG, Locale.ENGLISH);
        return result.summary().lines(category).stream().map(text::line).toList();
    }
}
