package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.coexist.model.LinkKind;
import org.coexist.ui.kernel.DesignerContext;

/**
 * The small menu that asks which kind a new link should be when several fit: the proposed kind first and
 * marked; Enter takes it, Escape cancels.
 */
final class KindChooser {
    private final DesignerContext context;
    private final Node owner;
    private ContextMenu menu;

    KindChooser(DesignerContext context, Node owner) {
        this.context = context;
        this.owner = owner;
    }

    void choose(List<LinkKind> kinds, LinkKind proposed, double screenX, double screenY, Consumer<LinkKind> chosen) {
        hide();
        List<LinkKind> ordered = new ArrayList<>(kinds);
        if (proposed != null && ordered.remove(proposed)) {
            ordered.add(0, proposed);
        }
        ContextMenu newMenu = new ContextMenu();
        newMenu.getStyleClass().add("kind-chooser");
        for (LinkKind kind : ordered) {
            String label = context.labels().kind(kind);
            MenuItem item = new MenuItem(kind == proposed
                    ? context.texts().format("canvas.kind.proposed", label) : label);
            if (kind == proposed) {
                item.getStyleClass().add("proposed-kind");
            }
            item.setUserData(kind);
            item.setOnAction(e -> chosen.accept(kind));
            newMenu.getItems().add(item);
        }
        LinkKind first = ordered.get(0);
        newMenu.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !anyItemFocused(newMenu)) {
                event.consume();
                newMenu.hide();
                chosen.accept(first);
            }
        });
        menu = newMenu;
        newMenu.show(owner, screenX, screenY);
    }

    boolean isShowing() {
        return menu != null && menu.isShowing();
    }

    void hide() {
        if (menu != null) {
            menu.hide();
            menu = null;
        }
    }

    /** Whether the user moved the keyboard focus onto an item (then Enter fires that item, as usual). */
    private static boolean anyItemFocused(ContextMenu menu) {
        if (menu.getSkin() == null) {
            return false;
        }
        Node content = menu.getSkin().getNode();
        return content != null && !content.lookupAll(".menu-item:focused").isEmpty();
    }
}
