package org.coexist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.ui.canvas.DiagramCanvas;
import org.coexist.ui.dialogs.FxDialogs;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.files.RecentFiles;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.language.LanguagePreference;

/**
 * The designer application. The launcher starts it with {@code Application.launch(CoexistApp.class, args)};
 * the first argument, if any, is a topology file to open.
 */
public final class CoexistApp extends Application {
    private static final double DEFAULT_WIDTH = 1366;
    private static final double DEFAULT_HEIGHT = 768;
    private static final String SHOW_GHOSTS = "showGhosts";
    private FileServices services;

    @Override
    public void start(Stage stage) {
        Catalog catalog = CatalogReader.readBundled();
        IconLibrary icons = new IconLibrary(catalog);
        Preferences preferences = Preferences.userNodeForPackage(CoexistApp.class);
        services = FileServices.forDesigner(catalog, new RecentFiles(preferences.node("recent")));
        DesignerSession session = new DesignerSession(stage, catalog, icons,
                new LanguagePreference(preferences.node("language")), Locale.getDefault(),
                new SourceLinks(getHostServices()::showDocument),
                (context, languages) -> {
                    // Ghosts or not is a habit of the user, kept from one session to the next.
                    context.scope().showGhostsProperty().set(preferences.getBoolean(SHOW_GHOSTS, true));
                    context.scope().showGhostsProperty().addListener(
                            (obs, was, is) -> preferences.putBoolean(SHOW_GHOSTS, is));
                    return new MainWindow(context, new FxDialogs(() -> stage, context.texts(), icons,
                            version -> context.catalog().label(version).label(), context.sources()),
                            services, DiagramCanvas::new, languages);
                });

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(Math.max(DEFAULT_WIDTH, screen.getWidth() * 0.85), screen.getWidth());
        double height = Math.min(Math.max(DEFAULT_HEIGHT, screen.getHeight() * 0.85), screen.getHeight());
        MainWindow window = session.start(width, height);
        stage.show();
        // Start with the canvas focused, not the palette's search field (whose hint would vanish).
        window.canvas().node().requestFocus();

        // The file named on the command line first, then unsaved work of designers that ended unexpectedly.
        List<String> args = getParameters().getUnnamed();
        CompletionStage<Boolean> opened = args.isEmpty() ? CompletableFuture.completedFuture(false)
                : window.files().load(Path.of(args.get(0)));
        opened.whenComplete((ok, failure) -> session.window().recovery().offer());
    }

    /** A clean exit: the last save and the removal of the recovery copy finish before the process ends. */
    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
