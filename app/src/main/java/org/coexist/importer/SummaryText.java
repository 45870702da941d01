package org.coexist.importer;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;

/** The import summary in a language: one line per entry, types and versions by their labels, and the counts. */
public final class SummaryText {
    public static final String BUNDLE = "org.coexist.importer.ImportMessages";

    private final Catalog catalog;
    private final CatalogLabels labels;
    private final ResourceBundle bundle;
    private final Locale locale;

    public SummaryText(Catalog catalog, Locale locale) {
        this.catalog = catalog;
        this.locale = locale;
        this.labels = new CatalogLabels(catalog, locale);
        // No fallback to the JVM's default locale: the CLI stays English on a French desktop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, SummaryText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** Every line, grouped by category in the order mapped, kept, skipped, assumed, cut; then the counts. */
    public List<String> lines(ImportSummary summary) {
        List<String> lines = new ArrayList<>();
        for (ImportSummary.Category category : ImportSummary.Category.values()) {
            for (ImportSummary.Line line : summary.lines(category)) {
                lines.add(category.name() + " " + line(line));
            }
        }
        lines.add(counts(summary));
        return lines;
    }

    public String line(ImportSummary.Line line) {
        Object[] args = line.args().stream().map(this::label).toArray();
        return new MessageFormat(bundle.getString(line.key()), locale).format(args);
    }

    public String counts(ImportSummary summary) {
        Object[] counts = new Object[ImportSummary.Category.values().length];
        for (ImportSummary.Category category : ImportSummary.Category.values()) {
            counts[category.ordinal()] = summary.count(category);
        }
        return new MessageFormat(bundle.getString("counts"), locale).format(counts);
    }

    private Object label(Object arg) {
        if (arg instanceof ElementType type) {
            return labels.type(type);
        }
        if (arg instanceof ProductVersion version) {
            return catalog.label(version).label();
        }
        if (arg instanceof LinkKind kind) {
            return labels.kind(kind);
        }
        return arg == null ? "" : arg;
    }
}
