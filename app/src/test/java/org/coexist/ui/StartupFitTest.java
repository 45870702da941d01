package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.ui.files.FileServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file named on the command line opens fitted to the canvas as it will be, not to the sliver the split panes'
 * default dividers leave it before the panels take their sizes (it opened at 5 %, the diagram a speck).
 */
@ExtendWith(ApplicationExtension.class)
class StartupFitTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private Preferences prefs;
    private FileServices services;

    @AfterEach
    void removePreferences() throws BackingStoreException {
        services.close();
        prefs.removeNode();
        prefs.flush();
    }

    @Test
    void aFileOpenedAtStartUpIsFittedToTheCanvas() throws Exception {
        prefs = Preferences.userRoot().node("org/coexist/test/StartupFitTest" + System.nanoTime());
        Stage stage = FxToolkit.registerPrimaryStage();
        MainWindow window = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            services = ShellTestBase.services(prefs.node("recent"), getClass());
            // As CoexistApp does: shown, then the file named on the command line opened at once.
            MainWindow started = ShellTestBase.designer(stage, CATALOG, prefs.node("language"), Locale.ENGLISH,
                    new ScriptedDialogs(), services).window();
            started.files().load(PresentationModeTest.SAMPLE);
            return started;
        });
        ShellTestBase.waitUntil(() -> ShellTestBase.fx(() -> window.context().document().file() != null));
        WaitForAsyncUtils.waitForFxEvents();
        double zoom = ShellTestBase.fx(() -> window.canvas().zoomProperty().get());
        assertTrue(zoom > 0.3, "fitted to the canvas's width, not a sliver of it: " + zoom);
    }
}
