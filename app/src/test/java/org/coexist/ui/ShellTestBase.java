package org.coexist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.io.RecoveryFolder;
import org.coexist.io.RecoveryStore;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.files.IoTopologyStore;
import org.coexist.ui.files.RecentFiles;
import org.coexist.ui.files.TopologyStore;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Builds the real main window on a test stage, with scripted dialogs and a scratch preferences node. */
@ExtendWith(ApplicationExtension.class)
abstract class ShellTestBase {
    static final Catalog CATALOG = CatalogReader.readBundled();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** The addresses the designer asked the system browser to open. */
    final List<String> opened = new CopyOnWriteArrayList<>();
    Preferences prefs;
    FileServices services;
    DesignerContext context;
    MainWindow window;
    Stage stage;

    /** TestFX finds {@code @Start} only on the test class itself, so the base class sets the stage up here. */
    @BeforeEach
    void showWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.setupStage(this::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Stage stage) {
        this.stage = stage;
        Texts texts = new Texts(locale());
        context = new DesignerContext(CATALOG, new ValidationEngine(CATALOG, locale()), texts,
                new IconLibrary(CATALOG), new SourceLinks(opened::add));
        prefs = Preferences.userRoot().node("org/coexist/test/" + getClass().getSimpleName() + System.nanoTime());
        services = services(prefs, getClass(), store());
        window = new MainWindow(context, dialogs, services, this::canvas);
        window.install(stage, 1366, 768);
        stage.show();
        window.canvas().node().requestFocus();
    }

    /** The window's language: English unless a test class is about another. */
    Locale locale() {
        return Locale.ENGLISH;
    }

    /** The canvas of the window under test: the real one unless a test class records calls instead. */
    CanvasControls canvas(DesignerContext designerContext) {
        return new org.coexist.ui.canvas.DiagramCanvas(designerContext);
    }

    /**
     * Files through the io layer, recent files in the node, and recovery copies in a folder of the test's own
     * under the one the build names (never the user's).
     */
    /**
     * A whole designer as the application builds it (the language chosen from the preference or the system's),
     * started at 1366x768 and shown; call on the FX thread.
     */
    static DesignerSession designer(Stage stage, Catalog catalog, Preferences language, Locale system,
                                    org.coexist.ui.dialogs.Dialogs dialogs, FileServices services) {
        DesignerSession session = new DesignerSession(stage, catalog, new IconLibrary(catalog),
                new org.coexist.ui.language.LanguagePreference(language), system, new SourceLinks(address -> { }),
                (context, languages) -> new MainWindow(context, dialogs, services,
                        org.coexist.ui.canvas.DiagramCanvas::new, languages));
        session.start(1366, 768);
        stage.show();
        return session;
    }

    static FileServices services(Preferences recent, Class<?> test) {
        return services(recent, test, new IoTopologyStore(CATALOG));
    }

    static FileServices services(Preferences recent, Class<?> test, TopologyStore store) {
        Path folder = Path.of(System.getProperty(RecoveryFolder.PROPERTY, "target/recovery"))
                .resolve(test.getSimpleName() + "-" + System.nanoTime());
        return new FileServices(store, new RecentFiles(recent), new RecoveryStore(folder));
    }

    /** The files the window reads and writes: the io layer's, unless a test class slows them down. */
    TopologyStore store() {
        return new IoTopologyStore(CATALOG);
    }

    /** Opens the file as the designer does at start-up and waits until it is read (or refused). */
    boolean load(Path file) {
        try {
            return fx(() -> window.files().load(file).toCompletableFuture()).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | InterruptedException
                 | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("opening " + file + " did not finish", e);
        }
    }

    /** Waits until no open or save runs, and what followed it happened. */
    void waitForFiles() {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> fx(() -> window.files().tasks().isIdle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        services.close();
        prefs.removeNode();
        prefs.flush();
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T fx(Callable<T> action) {
        T result = WaitForAsyncUtils.waitForAsyncFx(10_000, action);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    static void fx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }

    Topology topology() {
        return context.topology();
    }

    /** A forest, as the canvas would add it, through a command. Returns its id. */
    String addForest() {
        return fx(() -> {
            var command = context.edits().addForest(topology(), 40, 40, 600, 400);
            context.execute(command);
            return ((org.coexist.model.edit.Edit.OfForest) command.edits().get(0)).after().id();
        });
    }

    String addElement(String forestId, ElementType type, ProductVersion version) {
        return addElement(forestId, type, version, 100, 100);
    }

    /** Adds an element at a place in the forest, as one command; its id. */
    String addElement(String forestId, ElementType type, ProductVersion version, double x, double y) {
        return fx(() -> {
            var command = context.edits().addElement(topology(), type, version, forestId, null, x, y);
            context.execute(command);
            return ((org.coexist.model.edit.Edit.OfElement) command.edits().get(0)).after().id();
        });
    }

    void press(FxRobot robot, javafx.scene.input.KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
