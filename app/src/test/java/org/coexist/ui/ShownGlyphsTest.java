package org.coexist.ui;

import org.coexist.ui.kernel.UiFont;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.catalog.Catalog;
import org.coexist.ui.files.BundledSamples;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.language.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9, defect 2: in English, French and Chinese, every text the window, its menus and a finding's tooltip show
 * is drawn in Coexist Sans, and that face has a glyph for each of its characters (the severity sign, 中文(简体)).
 */
@ExtendWith(ApplicationExtension.class)
class ShownGlyphsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final List<String> MENUS = List.of("#menu-file", "#menu-edit", "#menu-view", "#menu-help");
    private static final List<String> SUBMENUS = List.of("#menu-openSample", "#menu-export", "#menu-language");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> faults = new ArrayList<>();
    private Preferences prefs;
    private Stage stage;
    private DesignerSession session;
    private FileServices services;
    private int textsChecked;

    @BeforeEach
    void showWindow() throws Exception {
        prefs = Preferences.userRoot().node("org/coexist/test/ShownGlyphsTest" + System.nanoTime());
        FxToolkit.setupStage(s -> stage = s);
        // Three windows' worth of building on a busy machine: more time than the shell tests' ten seconds.
        session = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> {
            services = ShellTestBase.services(prefs.node("recent"), getClass());
            return ShellTestBase.designer(stage, CATALOG, prefs.node("language"), Locale.ENGLISH, dialogs, services);
        });
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        services.close();
        prefs.removeNode();
        prefs.flush();
    }

    @Test
    void everyShownTextIsInTheBundledFontThatDrawsIt(FxRobot robot) throws Exception {
        List<java.awt.Font> faces = UiFontCoverageTest.faces();
        // The sample that breaks every rule: findings on the canvas, in the problems panel and in tooltips.
        BundledSamples samples = new BundledSamples(CATALOG);
        BundledSamples.Sample whatNotToDo = samples.samples().stream()
                .filter(sample -> sample.fileName().startsWith("what-not-to-do")).findFirst().orElseThrow();
        ShellTestBase.fx(() -> session.window().files().openUntitled(() -> samples.read(whatNotToDo)));
        waitUntilShown();
        for (String language : List.of("english", "french", "chinese")) {
            if (!language.equals("english")) {
                ShellTestBase.fx(() -> session.choose(Language.valueOf(language.toUpperCase(Locale.ROOT))));
            }
            check(robot, faces, language + " window");
            for (String menu : MENUS) {
                robot.clickOn(menu);
                check(robot, faces, language + " " + menu);
                for (String submenu : SUBMENUS) {
                    if (robot.lookup(submenu).tryQuery().filter(Node::isVisible).isPresent()) {
                        robot.moveTo(submenu);
                        WaitForAsyncUtils.waitForFxEvents();
                        check(robot, faces, language + " " + submenu);
                    }
                }
                robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
            }
            hoverAFinding(robot);
            check(robot, faces, language + " tooltip");
            robot.moveBy(0, 300);
        }
        assertTrue(textsChecked > 500, "the windows' texts are found: " + textsChecked);
        assertEquals(List.of(), faults);
    }

    private void waitUntilShown() {
        ShellTestBase.waitUntil(() -> ShellTestBase.fx(() -> !session.window().context().topology()
                .elements().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Points at the first element with an error until its tooltip (sign, message, source) is up. */
    private void hoverAFinding(FxRobot robot) {
        MainWindow window = session.window();
        Element flagged = ShellTestBase.fx(() -> window.context().topology().elements().stream()
                .filter(e -> !window.context().scope().validation().findingsFor(e.id()).isEmpty())
                .filter(e -> window.root().lookup("#view-" + e.id()) != null)
                .findFirst().orElseThrow());
        Node view = ShellTestBase.fx(() -> window.root().lookup("#view-" + flagged.id()));
        robot.moveTo(view);
        ShellTestBase.waitUntil(() -> ShellTestBase.fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())));
    }

    private void check(FxRobot robot, List<java.awt.Font> faces, String where) {
        List<Text> texts = ShellTestBase.fx(() -> {
            List<Text> found = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    collect(window.getScene().getRoot(), found);
                }
            }
            return found;
        });
        for (Text text : texts) {
            String family = text.getFont().getFamily();
            String content = text.getText();
            textsChecked++;
            if (!UiFont.FAMILY.equals(family)) {
                faults.add(where + ": \"" + content + "\" is drawn in " + family);
                continue;
            }
            java.awt.Font face = text.getFont().getStyle().contains("Bold") ? faces.get(1) : faces.get(0);
            String lacking = UiFontCoverageTest.missing(face, content);
            if (!lacking.isEmpty()) {
                faults.add(where + ": " + face.getFontName() + " lacks \"" + lacking + "\" of \"" + content + "\"");
            }
        }
    }

    private static void collect(Node node, List<Text> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            found.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
