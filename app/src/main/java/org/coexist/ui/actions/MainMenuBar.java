package org.coexist.ui.actions;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.files.DocumentFiles;
import org.coexist.ui.files.RecentFiles;

/** The File, Edit, View and Help menus, made of the shared actions. */
public final class MainMenuBar {
    private MainMenuBar() {
    }

    /**
     * Items that features of their own add: after Open Recent and after Save As in the File menu, at the end of
     * the View menu.
     */
    public record Extras(List<MenuItem> open, List<MenuItem> file, List<MenuItem> view) {
        public static final Extras NONE = new Extras(List.of(), List.of(), List.of());
    }

    public static MenuBar build(Texts texts, DesignerActions a, DocumentFiles files) {
        return build(texts, a, files, Extras.NONE);
    }

    public static MenuBar build(Texts texts, DesignerActions a, DocumentFiles files, Extras extras) {
        Menu file = menu("file", texts.get("menu.file"));
        file.getItems().addAll(a.newDocument.menuItem(), a.open.menuItem(), recentMenu(texts, files));
        file.getItems().addAll(extras.open());
        file.getItems().addAll(new SeparatorMenuItem(), a.save.menuItem(), a.saveAs.menuItem());
        file.getItems().addAll(extras.file());
        file.getItems().addAll(new SeparatorMenuItem(), a.close.menuItem(), new SeparatorMenuItem(),
                a.exit.menuItem());
        Menu edit = menu("edit", texts.get("menu.edit"));
        edit.getItems().addAll(a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(), a.cut.menuItem(),
                a.copy.menuItem(), a.paste.menuItem(), a.duplicate.menuItem(), a.delete.menuItem(),
                new SeparatorMenuItem(), a.selectAll.menuItem(), new SeparatorMenuItem(), a.connectSelected.menuItem(),
                a.connectTool.menuItem());
        Menu view = menu("view", texts.get("menu.view"));
        view.getItems().addAll(a.zoomIn.menuItem(), a.zoomOut.menuItem(), a.actualSize.menuItem(),
                a.zoomToFit.menuItem(), new SeparatorMenuItem(), a.showGrid.menuItem(), a.showProblems.menuItem(),
                new SeparatorMenuItem(), a.previousPhase.menuItem(), a.nextPhase.menuItem(), a.showGhosts.menuItem());
        view.getItems().addAll(extras.view());
        Menu help = menu("help", texts.get("menu.help"));
        help.getItems().addAll(a.ruleCatalog.menuItem(), new SeparatorMenuItem(), a.about.menuItem());
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.getStyleClass().add("main-menu-bar");
        return bar;
    }

    private static Menu menu(String id, String text) {
        Menu menu = new Menu(text);
        menu.setId("menu-" + id);
        return menu;
    }

    /** Open Recent, rebuilt whenever the list of recent files changes. */
    private static Menu recentMenu(Texts texts, DocumentFiles files) {
        Menu recent = menu("openRecent", texts.get("action.openRecent"));
        RecentFiles list = files.recent();
        Runnable rebuild = () -> {
            recent.getItems().clear();
            int n = 1;
            for (Path path : list.files()) {
                // Numbered mnemonics, as desktop programs do; the underscore in paths must not be parsed.
                String mnemonic = n < 10 ? "_" + n + "  " : "   ";
                MenuItem item = new MenuItem(mnemonic + path.getFileName().toString().replace("_", "__")
                        + "  \u2014  " + parentOf(path).replace("_", "__"));
                item.setOnAction(e -> files.open(path));
                recent.getItems().add(item);
                n++;
            }
            if (list.files().isEmpty()) {
                MenuItem none = new MenuItem(texts.get("action.openRecent.empty"));
                none.setDisable(true);
                recent.getItems().add(none);
            } else {
                MenuItem clear = new MenuItem(texts.get("action.openRecent.clear"));
                clear.setOnAction(e -> list.clear());
                recent.getItems().addAll(new SeparatorMenuItem(), clear);
            }
        };
        list.files().addListener((ListChangeListener<Path>) change -> rebuild.run());
        rebuild.run();
        return recent;
    }

    private static String parentOf(Path path) {
        Path parent = path.getParent();
        return parent == null ? "" : parent.toString();
    }
}
