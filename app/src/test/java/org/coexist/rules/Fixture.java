package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/** A small topology written in a few lines, and assertions on what one rule finds in it. */
final class Fixture {
    static final Catalog CATALOG = CatalogReader.readBundled();
    static final ValidationEngine ENGINE = new ValidationEngine(CATALOG, Locale.ENGLISH);

    final Topology topology = new Topology("fixture");
    private String forest;

    Fixture() {
        forest("f1");
    }

    /** Adds the forest if new; later elements go into it. */
    Fixture forest(String id) {
        if (topology.forest(id) == null) {
            topology.addForest(new Forest(id, id + ".example.com", 0, 0, 1000, 800));
        }
        forest = id;
        return this;
    }

    Fixture element(String id, ElementType type, ProductVersion version, Object... properties) {
        Element element = new Element(id, type, version, id, forest, 10, 10);
        for (int i = 0; i < properties.length; i += 2) {
            element = element.withProperty((String) properties[i], properties[i + 1]);
        }
        topology.addElement(element);
        return this;
    }

    Fixture link(String id, LinkKind kind, String from, String to) {
        topology.addLink(new Link(id, kind, from, to));
        return this;
    }

    Fixture set(String elementId, String property, Object value) {
        topology.replaceElement(topology.element(elementId).withProperty(property, value));
        return this;
    }

    Fixture forestProperty(String forestId, String property, Object value) {
        topology.replaceForest(topology.forest(forestId).withProperty(property, value));
        return this;
    }

    List<Finding> findings(String rule) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : ENGINE.validate(topology)) {
            if (finding.rule().equals(rule)) {
                result.add(finding);
            }
        }
        return result;
    }

    /** The rule fires exactly once per given subject list, with exactly those subjects, and nothing is malformed. */
    void assertFires(String rule, List<?>... subjects) {
        List<List<String>> actual = new ArrayList<>();
        for (Finding finding : findings(rule)) {
            actual.add(finding.subjects());
        }
        assertEquals(Arrays.asList(subjects), actual, "subjects of " + rule);
        assertEquals(List.of(), findings("link-kind-endpoints"), "the fixture itself is well formed");
    }

    static List<String> on(String... ids) {
        return List.of(ids);
    }

    void assertSilent(String rule) {
        assertEquals(List.of(), findings(rule), rule + " must not fire");
        assertEquals(List.of(), findings("link-kind-endpoints"), "the fixture itself is well formed");
    }
}
