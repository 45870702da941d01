package org.coexist.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.files.RecentFiles;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.Texts;

/**
 * Shows the designer on a file with a phase shown, an element selected and a bottom tab chosen, to look at
 * it under Xvfb: arguments FILE [PHASE_ID|-] [ELEMENT_ID|-] [phases] [noghosts].
 */
public final class PhasesPreview {

    private PhasesPreview() {
    }

    /** The JavaFX application; the outer class is the main class so the classpath launch works. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Catalog catalog = CatalogReader.readBundled();
            Texts texts = new Texts(Locale.ENGLISH);
            DesignerContext context = new DesignerContext(catalog, new ValidationEngine(catalog), texts,
                    new IconLibrary(catalog));
            MainWindow window = new MainWindow(context, new org.coexist.ui.dialogs.FxDialogs(() -> stage, texts,
                    context.icons()), FileServices.forDesigner(catalog,
                    new RecentFiles(Preferences.userRoot().node("org/coexist/preview"))));
            window.install(stage, 1366, 768);
            stage.show();
            window.files().load(Path.of(args.get(0))).thenRun(() -> show(window, context, args));
        }

        private static void show(MainWindow window, DesignerContext context, List<String> args) {
            context.scope().showGhostsProperty().set(!args.contains("noghosts"));
            if (args.size() > 1 && !args.get(1).equals("-")) {
                context.phaseProperty().set(args.get(1));
            }
            if (args.size() > 2 && !args.get(2).equals("-")) {
                context.selection().select(args.get(2));
            }
            if (args.contains("phases")) {
                window.bottomTabs().getSelectionModel().select(1);
            }
            Platform.runLater(() -> { });
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
