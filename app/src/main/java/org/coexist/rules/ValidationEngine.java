package org.coexist.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/**
 * Applies the rules to topologies: a full validation on demand, or live validation that follows every edit.
 * PLACEHOLDER implementation (structural rule only, full recomputation); the rules issue replaces the inside,
 * keeping this API.
 */
public final class ValidationEngine {
    static final RuleSource STRUCTURAL_SOURCE = new RuleSource("domain.md",
            "A link whose endpoints are not in its row is an error of its own (link-kind-endpoints)");
    private final Catalog catalog;
    private final Locale locale;

    public ValidationEngine(Catalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
    }

    public ValidationEngine(Catalog catalog) {
        this(catalog, Locale.ENGLISH);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Locale locale() {
        return locale;
    }

    /** Every rule, whatever its form, in domain.md's order. */
    public List<RuleDescriptor> rules() {
        return List.of(new RuleDescriptor("link-kind-endpoints", 0, Severity.ERROR,
                "A link's kind does not fit the types of its endpoints", STRUCTURAL_SOURCE, "structural"));
    }

    /** All findings of the topology, in a stable order. */
    public List<Finding> validate(Topology topology) {
        List<Finding> findings = new ArrayList<>();
        for (Link link : topology.links()) {
            Element from = topology.element(link.from());
            Element to = topology.element(link.to());
            if (!catalog.fits(link.kind(), from, to)) {
                findings.add(new Finding("link-kind-endpoints", Severity.ERROR, List.of(link.id()),
                        String.format("%s %s cannot be %s %s %s", from.type(), from.name(), link.kind(), to.type(),
                                to.name()), STRUCTURAL_SOURCE));
            }
        }
        return findings;
    }

    /** Starts live validation of the topology; close the result to stop. */
    public LiveValidation attach(Topology topology) {
        return new LiveValidation(this, topology);
    }
}
