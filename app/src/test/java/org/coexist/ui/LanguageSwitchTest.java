package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.coexist.io.CatalogReader;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.Finding;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.language.Language;
import org.coexist.ui.language.LanguagePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** View > Language rebuilds the window in the new language around the same document, and is remembered. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences prefs;
    private Stage stage;
    private DesignerSession session;
    private FileServices services;

    @BeforeEach
    void showWindow() throws java.util.concurrent.TimeoutException {
        prefs = Preferences.userRoot().node("org/coexist/test/LanguageSwitchTest" + System.nanoTime());
        FxToolkit.setupStage(s -> stage = s);
        session = ShellTestBase.fx(() -> start(Locale.ENGLISH));
    }

    private DesignerSession start(Locale system) {
        services = ShellTestBase.services(prefs.node("recent"), getClass());
        return ShellTestBase.designer(stage, CATALOG, prefs.node("language"), system, dialogs, services);
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        services.close();
        prefs.removeNode();
        prefs.flush();
    }

    private DesignerContext context() {
        return session.window().context();
    }

    private static MenuItem item(MainWindow window, String... ids) {
        MenuBar bar = (MenuBar) window.root().lookup(".main-menu-bar");
        MenuItem found = null;
        java.util.List<? extends MenuItem> items = bar.getMenus();
        for (String id : ids) {
            found = items.stream().filter(m -> ("menu-" + id).equals(m.getId())).findFirst().orElseThrow();
            items = found instanceof Menu menu ? menu.getItems() : java.util.List.of();
        }
        return found;
    }

    private static String text(MainWindow window, String... ids) {
        return ShellTestBase.fx(() -> item(window, ids).getText());
    }

    @Test
    void frenchRebuildsTheWindowAroundTheSameDocumentAndUndoHistory(FxRobot robot) {
        assertEquals("_File", text(session.window(), "file"));
        MainWindow english = session.window();
        Document before = ShellTestBase.fx(() -> context().document());
        Topology topology = before.topology();
        String forest = ShellTestBase.fx(() -> {
            var command = context().edits().addForest(topology, 40, 40, 600, 400);
            context().execute(command);
            String id = topology.forests().iterator().next().id();
            context().selection().select(id);
            return id;
        });

        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#menu-language-french");
        WaitForAsyncUtils.waitForFxEvents();

        MainWindow french = session.window();
        assertNotSame(english, french);
        assertSame(french.root(), ShellTestBase.fx(() -> stage.getScene().getRoot()));
        assertEquals(new Texts(Locale.FRENCH).get("menu.file"), text(french, "file"));
        assertNotEquals(text(english, "file"), text(french, "file"));
        assertEquals("fr", ShellTestBase.fx(() -> context().engine().locale().getLanguage()));
        assertSame(topology, ShellTestBase.fx(() -> context().topology()), "the same topology");
        assertSame(before.commands(), ShellTestBase.fx(() -> context().document().commands()), "the same history");
        assertEquals(Set.of(forest), ShellTestBase.fx(() -> Set.copyOf(context().selection().ids())));
        assertTrue(ShellTestBase.fx(() -> context().document().commands().isModified()));
        assertEquals(Language.FRENCH, new LanguagePreference(prefs.node("language")).get());

        ShellTestBase.fx(() -> french.actions().undo.fire());
        assertEquals(0, ShellTestBase.fx(() -> topology.forests().size()), "undo reaches the English edit");
        assertFalse(ShellTestBase.fx(() -> context().document().commands().isModified()));
    }

    @Test
    void findingsAreRevalidatedInTheNewLanguage() {
        Topology topology = ShellTestBase.fx(() -> context().topology());
        ShellTestBase.fx(() -> {
            var forestCommand = context().edits().addForest(topology, 40, 40, 600, 400);
            context().execute(forestCommand);
            String forest = topology.forests().iterator().next().id();
            var pool = context().edits().addElement(topology, org.coexist.model.ElementType.FRONT_END_POOL,
                    org.coexist.model.ProductVersion.LYNC_2013, forest, null, 100, 100);
            context().execute(pool);
            var sql = context().edits().addElement(topology, org.coexist.model.ElementType.SQL_INSTANCE,
                    org.coexist.model.ProductVersion.SQL_2005, forest, null, 400, 100);
            context().execute(sql);
            String poolId = ((org.coexist.model.edit.Edit.OfElement) pool.edits().get(0)).after().id();
            String sqlId = ((org.coexist.model.edit.Edit.OfElement) sql.edits().get(0)).after().id();
            context().execute(context().edits().connect(topology, poolId, sqlId,
                    org.coexist.model.LinkKind.BACKEND_STORE));
        });
        java.util.List<Finding> english = ShellTestBase.fx(() -> java.util.List.copyOf(
                context().document().validation().findings()));
        ShellTestBase.fx(() -> session.choose(Language.FRENCH));
        java.util.List<Finding> french = ShellTestBase.fx(() -> java.util.List.copyOf(
                context().document().validation().findings()));
        assertFalse(english.isEmpty(), "a Lync Server 2013 pool on SQL Server 2005 is a finding");
        assertEquals(english.size(), french.size());
        assertNotEquals(english.get(0).message(), french.get(0).message());
        assertEquals(ShellTestBase.fx(() -> context().engine().validate(topology)), french);
    }

    @Test
    void theChoicePersistsIntoTheNextSession() {
        ShellTestBase.fx(() -> session.choose(Language.CHINESE));
        assertEquals(Language.CHINESE, ShellTestBase.fx(() -> session.chosen()));
        DesignerSession next = ShellTestBase.fx(() -> start(Locale.ENGLISH));
        assertEquals(Locale.SIMPLIFIED_CHINESE, next.locale());
        assertEquals(new Texts(Locale.SIMPLIFIED_CHINESE).get("menu.file"), text(next.window(), "file"));
    }

    @Test
    void withoutAChoiceTheSystemLanguageIsUsedWhenTheDesignerSpeaksIt() {
        assertEquals(Locale.FRENCH, ShellTestBase.fx(() -> start(Locale.CANADA_FRENCH)).locale());
        assertEquals(Locale.ENGLISH, ShellTestBase.fx(() -> start(Locale.GERMANY)).locale());
        assertEquals("zh", ShellTestBase.fx(() -> start(Locale.TRADITIONAL_CHINESE)).locale().getLanguage());
        ShellTestBase.fx(() -> session.choose(Language.SYSTEM));
        assertEquals(Language.SYSTEM, new LanguagePreference(prefs.node("language")).get());
        assertEquals(Locale.ENGLISH, session.locale());
    }
}
