package org.coexist.ui.kernel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.model.edit.Command;
import org.coexist.model.edit.Edits;
import org.coexist.rules.ValidationEngine;

/**
 * What every part of the designer shares: the catalog, the engine, the command factory, texts, icons, the open
 * document and the selection. Passed in through constructors; there is no global instance.
 */
public final class DesignerContext {
    private final Catalog catalog;
    private final ValidationEngine engine;
    private final Texts texts;
    private final CatalogLabels labels;
    private final IconLibrary icons;
    private final Edits edits;
    private final SourceLinks sources;
    private final Selection selection = new Selection();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>(this, "document");
    /** The id of the migration phase shown, or null for the whole design. */
    private final ObjectProperty<String> phase = new SimpleObjectProperty<>(this, "phase");
    private final PhaseScope scope;

    /** A context whose source documents open nowhere: for tools and tests without a desktop browser. */
    public DesignerContext(Catalog catalog, ValidationEngine engine, Texts texts, IconLibrary icons) {
        this(catalog, engine, texts, icons, new SourceLinks(address -> { }));
    }

    /** @param sources opens the documents findings cite (the application passes its HostServices) */
    public DesignerContext(Catalog catalog, ValidationEngine engine, Texts texts, IconLibrary icons,
                           SourceLinks sources) {
        this.catalog = catalog;
        this.sources = sources;
        this.engine = engine;
        this.texts = texts;
        this.icons = icons;
        this.labels = new CatalogLabels(catalog, texts.locale());
        this.edits = new Edits(catalog, texts.editNames(), labels);
        document.addListener((obs, old, now) -> {
            selection.clear();
            phase.set(null);
        });
        this.scope = new PhaseScope(document, phase, engine);
    }

    /** The validation and presence of things in the phase shown: what views read instead of the document's. */
    public PhaseScope scope() {
        return scope;
    }

    public Catalog catalog() {
        return catalog;
    }

    public ValidationEngine engine() {
        return engine;
    }

    public Texts texts() {
        return texts;
    }

    /** The catalog's types, link kinds, palette groups and properties in the designer's language. */
    public CatalogLabels labels() {
        return labels;
    }

    public IconLibrary icons() {
        return icons;
    }

    public Edits edits() {
        return edits;
    }

    /** Shows and opens the documents findings cite. */
    public SourceLinks sources() {
        return sources;
    }

    public Selection selection() {
        return selection;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    /** The id of the migration phase the designer shows, or null for the whole design. */
    public ObjectProperty<String> phaseProperty() {
        return phase;
    }

    public Document document() {
        return document.get();
    }

    public Topology topology() {
        return document.get().topology();
    }

    /** Runs a command on the open document: the one way the designer changes a topology. */
    public void execute(Command command) {
        document.get().commands().execute(command);
    }
}
