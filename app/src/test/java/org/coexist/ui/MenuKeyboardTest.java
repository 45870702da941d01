package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.actions.DesignerAction;
import org.coexist.ui.canvas.DiagramCanvas;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every command of the window is reachable from the keyboard, in each language: every action and every toolbar
 * control is in a menu, menus open with Alt and their mnemonic, and no two entries of a menu share one.
 */
class MenuKeyboardTest extends ShellTestBase {

    @Test
    void everyCommandIsInAMenuWithItsOwnMnemonic() {
        assertMenusReachable(window, Locale.ENGLISH);
    }

    @Test
    void soInFrenchAndChinese() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.SIMPLIFIED_CHINESE)) {
            MainWindow other = fx(() -> {
                DesignerContext local = new DesignerContext(CATALOG, new ValidationEngine(CATALOG, locale),
                        new Texts(locale), new IconLibrary(CATALOG), new SourceLinks(uri -> { }));
                Preferences node = prefs.node(locale.toLanguageTag());
                return new MainWindow(local, dialogs, services(node, getClass()), DiagramCanvas::new);
            });
            assertMenusReachable(other, locale);
        }
    }

    @Test
    void altAndAMnemonicOpenTheMenu(FxRobot robot) {
        press(robot, KeyCode.ALT, KeyCode.E);
        waitUntil(() -> fx(() -> menu(window, "menu-edit").isShowing()));
        press(robot, KeyCode.ESCAPE);
    }

    private static Menu menu(MainWindow target, String id) {
        return menuBar(target).getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuBar menuBar(MainWindow target) {
        return (MenuBar) target.root().lookup(".main-menu-bar");
    }

    private static void assertMenusReachable(MainWindow target, Locale locale) {
        List<String> problems = new ArrayList<>();
        fx(() -> {
            MenuBar bar = menuBar(target);
            assertNotNull(bar, locale + ": the menu bar");
            distinctMnemonics(locale + " menu bar", new ArrayList<>(bar.getMenus()), true, problems);
            Map<String, MenuItem> byId = new HashMap<>();
            for (Menu menu : bar.getMenus()) {
                collect(locale, menu, byId, problems);
            }
            for (DesignerAction action : target.actions().all()) {
                MenuItem item = byId.get("menu-" + action.id());
                assertNotNull(item, locale + ": " + action.id() + " is in a menu");
                if (mnemonic(item.getText()) == null) {
                    problems.add(locale + ": " + action.id() + " has no mnemonic: " + item.getText());
                }
            }
            ToolBar tools = (ToolBar) target.root().lookup(".main-tool-bar");
            for (Node control : tools.lookupAll(".button, .toggle-button")) {
                String id = control.getId();
                if (control instanceof ButtonBase && id != null && id.startsWith("tool-")) {
                    String command = id.equals("tool-select") || id.equals("tool-connect") ? "menu-connectTool"
                            : "menu-" + id.substring("tool-".length());
                    assertTrue(byId.containsKey(command), locale + ": the toolbar's " + id + " is in a menu");
                }
            }
            return null;
        });
        assertEquals(List.of(), problems);
    }

    /** Walks the menu and its submenus: ids of every item, mnemonics distinct at each level. */
    private static void collect(Locale locale, Menu menu, Map<String, MenuItem> byId, List<String> problems) {
        distinctMnemonics(locale + " " + menu.getText(), menu.getItems(), false, problems);
        for (MenuItem item : menu.getItems()) {
            if (item.getId() != null) {
                byId.put(item.getId(), item);
            }
            if (item instanceof Menu sub) {
                if (mnemonic(sub.getText()) == null) {
                    problems.add(locale + ": submenu " + sub.getText() + " has no mnemonic");
                }
                collect(locale, sub, byId, problems);
            }
        }
    }

    private static void distinctMnemonics(String where, List<? extends MenuItem> items, boolean required,
                                          List<String> problems) {
        Map<Character, String> seen = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem || item.getText() == null) {
                continue;
            }
            Character key = mnemonic(item.getText());
            if (required && key == null) {
                problems.add(where + ": " + item.getText() + " has no mnemonic");
            }
            String before = key == null ? null : seen.put(key, item.getText());
            if (before != null) {
                problems.add(where + ": " + item.getText() + " and " + before + " share Alt+" + key);
            }
        }
    }

    /** The letter after the first single underscore, upper case; null when the text has none. */
    private static Character mnemonic(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) == '_') {
                    i++;
                    continue;
                }
                return Character.toUpperCase(text.charAt(i + 1));
            }
        }
        return null;
    }
}
