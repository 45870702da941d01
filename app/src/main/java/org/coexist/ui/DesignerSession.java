package org.coexist.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.language.Language;
import org.coexist.ui.language.LanguagePreference;
import org.coexist.ui.language.LanguageSwitch;

/**
 * One run of the designer on one stage. Every text, command name and rule message of a window is fixed when it
 * is built, so a change of language builds a new context and window in the new language and moves the open
 * document into it: the same topology, file and undo history, re-validated in the new language, with the
 * selection, the phase shown and the view settings carried over.
 */
public final class DesignerSession implements LanguageSwitch {

    /** Builds the window for a context (the real one, or one with scripted dialogs in tests). */
    @FunctionalInterface
    public interface WindowFactory {
        MainWindow create(DesignerContext context, LanguageSwitch languages);
    }

    private final Stage stage;
    private final Catalog catalog;
    private final IconLibrary icons;
    private final LanguagePreference preference;
    private final Locale system;
    private final WindowFactory factory;
    private final SourceLinks sources;
    private Language chosen;
    private MainWindow window;

    /**
     * @param system  the system's locale, used by the "System default" choice
     * @param sources opens the documents findings cite, in every window of the session
     */
    public DesignerSession(Stage stage, Catalog catalog, IconLibrary icons, LanguagePreference preference,
                           Locale system, SourceLinks sources, WindowFactory factory) {
        this.stage = Objects.requireNonNull(stage);
        this.sources = Objects.requireNonNull(sources);
        this.catalog = catalog;
        this.icons = icons;
        this.preference = preference;
        this.system = system;
        this.factory = factory;
        this.chosen = preference.get();
    }

    /** Builds the first window in the saved language (else the system's, if the designer speaks it). */
    public MainWindow start(double width, double height) {
        window = build(null);
        window.install(stage, width, height);
        return window;
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public Language chosen() {
        return chosen;
    }

    /** The locale the windows speak now. */
    public Locale locale() {
        return chosen.locale(system);
    }

    @Override
    public void choose(Language language) {
        chosen = language;
        preference.set(language);
        MainWindow old = window;
        DesignerContext before = old.context();
        Document document = before.document();
        List<String> selection = List.copyOf(before.selection().ids());
        String phase = before.phaseProperty().get();
        double zoom = old.canvas().zoomProperty().get();
        boolean grid = old.canvas().showGridProperty().get();
        boolean problems = old.problemsVisibleProperty().get();
        // Detaches the old window's views and panels from the topology and the undo history they shared.
        before.documentProperty().set(null);

        window = build(document);
        DesignerContext after = window.context();
        after.selection().select(selection);
        after.phaseProperty().set(phase);
        window.canvas().showGridProperty().set(grid);
        window.problemsVisibleProperty().set(problems);
        Scene scene = stage.getScene();
        window.install(stage, scene.getWidth(), scene.getHeight());
        window.canvas().zoomProperty().set(zoom);
        window.canvas().node().requestFocus();
    }

    /** A context and window in the chosen language, showing the document (a new empty one when null). */
    private MainWindow build(Document document) {
        Locale locale = locale();
        ValidationEngine engine = new ValidationEngine(catalog, locale);
        DesignerContext context = new DesignerContext(catalog, engine, new Texts(locale), icons, sources);
        if (document != null) {
            context.documentProperty().set(document.revalidatedBy(engine));
        }
        // The window puts itself in the bundled CJK font when it speaks Chinese on a machine without one.
        return factory.create(context, this);
    }
}
