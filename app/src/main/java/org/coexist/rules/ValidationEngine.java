package org.coexist.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.checkers.Checkers;

/**
 * Applies the rules to topologies: a full validation on demand, or live validation that follows every edit.
 * The rules are those of the rule catalog ({@code assets/rules/rules.json}): data rules compiled from it, and
 * checkers registered in code under the ids it names. Immutable once built; {@link #validate} may run on any
 * thread, a {@link LiveValidation} belongs to its topology's thread.
 */
public final class ValidationEngine {
    private final Catalog catalog;
    private final Locale locale;
    private final MessageRenderer messages;
    private final RuleBook book;
    private final List<RuleDescriptor> descriptors;

    public ValidationEngine(Catalog catalog, Locale locale) {
        this(catalog, locale, readBundledRules());
    }

    public ValidationEngine(Catalog catalog) {
        this(catalog, Locale.ENGLISH);
    }

    /** An engine over another rule catalog (tests of the catalog's own checks). */
    ValidationEngine(Catalog catalog, Locale locale, List<RuleEntry> entries) {
        this.catalog = catalog;
        this.locale = locale;
        this.messages = new MessageRenderer(catalog, locale);
        this.book = new RuleBook(entries, Checkers.registry(catalog), messages, RuleCatalogReader.BUNDLED);
        List<RuleDescriptor> list = new ArrayList<>();
        book.rules.forEach(r -> list.add(r.descriptor()));
        this.descriptors = List.copyOf(list);
    }

    static List<RuleEntry> readBundledRules() {
        try (InputStream in = ValidationEngine.class.getResourceAsStream(RuleCatalogReader.BUNDLED)) {
            if (in == null) {
                throw new RuleDataException("the rule catalog " + RuleCatalogReader.BUNDLED
                        + " is missing from the build");
            }
            return RuleCatalogReader.read(in, RuleCatalogReader.BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalog " + RuleCatalogReader.BUNDLED, e);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public Locale locale() {
        return locale;
    }

    /** Every rule, whatever its form, in the catalog's order (domain.md's order). */
    public List<RuleDescriptor> rules() {
        return descriptors;
    }

    /**
     * All findings of the topology, in a stable order: by rule, then in the topology's order. The rules about one
     * state look at the design as drawn; the plan rules look at the order of its phases and name the phase they
     * find something in. A phase's view ({@link Topology#without}) has no phases: only the state rules find
     * anything there.
     */
    public List<Finding> validate(Topology topology) {
        List<List<Finding>> buckets = new ArrayList<>(book.rules.size());
        for (int i = 0; i < book.rules.size(); i++) {
            buckets.add(null);
        }
        new Evaluator(book, messages, topology, (rule, key, finding, arguments) -> {
            List<Finding> bucket = buckets.get(rule.index());
            if (bucket == null) {
                bucket = new ArrayList<>();
                buckets.set(rule.index(), bucket);
            }
            bucket.add(finding);
        }, false).all();
        List<Finding> findings = new ArrayList<>();
        for (List<Finding> bucket : buckets) {
            if (bucket != null) {
                findings.addAll(bucket);
            }
        }
        return findings;
    }

    /** Starts live validation of the topology; close the result to stop. */
    public LiveValidation attach(Topology topology) {
        return new LiveValidation(book, messages, topology);
    }
}
