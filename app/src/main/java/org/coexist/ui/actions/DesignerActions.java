package org.coexist.ui.actions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.CanvasTool;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.edit.ClipboardEdits;
import org.coexist.ui.files.DocumentFiles;

/** Every command of the window, built once and shared by the menu bar, the toolbar and the shortcuts. */
public final class DesignerActions {
    public final DesignerAction newDocument;
    public final DesignerAction open;
    public final DesignerAction save;
    public final DesignerAction saveAs;
    public final DesignerAction close;
    public final DesignerAction exit;
    public final DesignerAction undo;
    public final DesignerAction redo;
    public final DesignerAction cut;
    public final DesignerAction copy;
    public final DesignerAction paste;
    public final DesignerAction duplicate;
    public final DesignerAction delete;
    public final DesignerAction selectAll;
    public final DesignerAction connectSelected;
    public final DesignerAction connectTool;
    public final DesignerAction zoomIn;
    public final DesignerAction zoomOut;
    public final DesignerAction actualSize;
    public final DesignerAction zoomToFit;
    public final DesignerAction showGrid;
    public final DesignerAction showProblems;
    public final DesignerAction nextPhase;
    public final DesignerAction previousPhase;
    public final DesignerAction showGhosts;
    public final DesignerAction ruleCatalog;
    public final DesignerAction about;

    /**
     * @param problemsVisible whether the problems panel shows
     * @param exitHandler     closes the window (asking about unsaved changes)
     */
    public DesignerActions(DesignerContext context, DocumentState state, DocumentFiles files, ClipboardEdits clipboard,
                           CanvasControls canvas, Dialogs dialogs, BooleanProperty problemsVisible,
                           Runnable exitHandler) {
        Texts texts = context.texts();
        // One open or save at a time: while one runs, the others wait for it to finish or be cancelled.
        ObservableBooleanValue idle = files.tasks().idleProperty();
        newDocument = DesignerAction.of("new", texts.get("action.new"), files::newDocument)
                .keys("Shortcut+N").tooltip(texts.get("tooltip.new")).enabledWhen(idle);
        open = DesignerAction.of("open", texts.get("action.open"), files::open)
                .keys("Shortcut+O").tooltip(texts.get("tooltip.open")).enabledWhen(idle);
        save = DesignerAction.of("save", texts.get("action.save"), files::save)
                .keys("Shortcut+S").tooltip(texts.get("tooltip.save")).enabledWhen(idle);
        saveAs = DesignerAction.of("saveAs", texts.get("action.saveAs"), files::saveAs).keys("Shortcut+Shift+S")
                .enabledWhen(idle);
        close = DesignerAction.of("close", texts.get("action.close"), files::close).enabledWhen(idle);
        exit = DesignerAction.of("exit", texts.get("action.exit"), exitHandler);

        undo = DesignerAction.of("undo", texts.get("action.undo"), () -> context.document().commands().undo())
                .keys("Shortcut+Z").enabledWhen(state.canUndoProperty()).tooltip(texts.get("tooltip.undo"));
        undo.textProperty().bind(named(texts, "action.undo", "action.undoNamed", state.undoNameProperty()));
        redo = DesignerAction.of("redo", texts.get("action.redo"), () -> context.document().commands().redo())
                .keys("Shortcut+Y", "Shortcut+Shift+Z").enabledWhen(state.canRedoProperty())
                .tooltip(texts.get("tooltip.redo"));
        redo.textProperty().bind(named(texts, "action.redo", "action.redoNamed", state.redoNameProperty()));
        cut = DesignerAction.of("cut", texts.get("action.cut"), clipboard::cut).keys("Shortcut+X")
                .enabledWhen(clipboard.hasSelection()).tooltip(texts.get("tooltip.cut"));
        copy = DesignerAction.of("copy", texts.get("action.copy"), clipboard::copy).keys("Shortcut+C")
                .enabledWhen(clipboard.hasSelection()).tooltip(texts.get("tooltip.copy"));
        paste = DesignerAction.of("paste", texts.get("action.paste"), clipboard::paste).keys("Shortcut+V")
                .enabledWhen(clipboard.canPaste()).tooltip(texts.get("tooltip.paste"));
        duplicate = DesignerAction.of("duplicate", texts.get("action.duplicate"), clipboard::duplicate)
                .keys("Shortcut+D").enabledWhen(clipboard.hasSelection());
        delete = DesignerAction.of("delete", texts.get("action.delete"), clipboard::delete).keys("Delete")
                .enabledWhen(clipboard.hasSelection()).tooltip(texts.get("tooltip.delete"));
        selectAll = DesignerAction.of("selectAll", texts.get("action.selectAll"), clipboard::selectAll)
                .keys("Shortcut+A");
        connectSelected = DesignerAction.of("connectSelected", texts.get("action.connectSelected"),
                canvas::connectSelected).keys("Shortcut+L").tooltip(texts.get("tooltip.connectSelected"));
        connectTool = DesignerAction.toggle("connectTool", texts.get("action.connectTool"), connectMode(canvas));

        zoomIn = DesignerAction.of("zoomIn", texts.get("action.zoomIn"), canvas::zoomIn)
                .keys("Shortcut+Equals", "Shortcut+Plus", "Shortcut+Shift+Equals", "Shortcut+Add")
                .tooltip(texts.get("tooltip.zoomIn"));
        zoomOut = DesignerAction.of("zoomOut", texts.get("action.zoomOut"), canvas::zoomOut)
                .keys("Shortcut+Minus", "Shortcut+Subtract").tooltip(texts.get("tooltip.zoomOut"));
        actualSize = DesignerAction.of("actualSize", texts.get("action.actualSize"), canvas::actualSize)
                .keys("Shortcut+0", "Shortcut+Numpad0");
        zoomToFit = DesignerAction.of("zoomToFit", texts.get("action.zoomToFit"), canvas::zoomToFit)
                .tooltip(texts.get("tooltip.zoomToFit"));
        showGrid = DesignerAction.toggle("showGrid", texts.get("action.showGrid"), canvas.showGridProperty());
        showProblems = DesignerAction.toggle("showProblems", texts.get("action.showProblems"), problemsVisible);

        nextPhase = DesignerAction.of("nextPhase", texts.get("action.nextPhase"), () -> context.scope().step(1))
                .keys("Shortcut+Right", "Alt+Right").tooltip(texts.get("tooltip.nextPhase"));
        previousPhase = DesignerAction.of("previousPhase", texts.get("action.previousPhase"),
                () -> context.scope().step(-1)).keys("Shortcut+Left", "Alt+Left")
                .tooltip(texts.get("tooltip.previousPhase"));
        showGhosts = DesignerAction.toggle("showGhosts", texts.get("action.showGhosts"),
                context.scope().showGhostsProperty());

        ruleCatalog = DesignerAction.of("ruleCatalog", texts.get("action.ruleCatalog"),
                () -> dialogs.showRuleCatalog(context.engine().rules()));
        about = DesignerAction.of("about", texts.get("action.about"), dialogs::showAbout);
    }

    /** The toolbar's Select / Connect choice as a check item: on while the Connect tool is the canvas's. */
    private static BooleanProperty connectMode(CanvasControls canvas) {
        BooleanProperty on = new SimpleBooleanProperty(canvas.toolProperty().get() == CanvasTool.CONNECT);
        canvas.toolProperty().addListener((obs, old, now) -> on.set(now == CanvasTool.CONNECT));
        on.addListener((obs, was, is) -> canvas.toolProperty().set(is ? CanvasTool.CONNECT : CanvasTool.SELECT));
        return on;
    }

    private static ObservableStringValue named(Texts texts, String plain, String named,
                                               ReadOnlyStringProperty name) {
        return Bindings.createStringBinding(
                () -> name.get() == null ? texts.get(plain) : texts.format(named, name.get()), name);
    }

    public List<DesignerAction> all() {
        return List.of(newDocument, open, save, saveAs, close, exit, undo, redo, cut, copy, paste, duplicate, delete,
                selectAll, connectSelected, connectTool, zoomIn, zoomOut, actualSize, zoomToFit, showGrid, showProblems, previousPhase, nextPhase, showGhosts, ruleCatalog, about);
    }

    /**
     * Registers the shortcuts that the menu items do not show (each menu item carries one): Ctrl+Shift+Z,
     * Ctrl+Plus and the keypad keys. Undo and redo go to the document unless a text field has typing of its
     * own to undo: a text field would otherwise swallow Ctrl+Z right after the inspector committed a change.
     */
    public void installShortcuts(Scene scene) {
        for (DesignerAction action : all()) {
            List<KeyCombination> keys = action.accelerators();
            for (int i = 1; i < keys.size(); i++) {
                scene.getAccelerators().put(keys.get(i), action::fire);
            }
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean textUndo = scene.getFocusOwner() instanceof TextInputControl text && text.isUndoable();
            boolean textRedo = scene.getFocusOwner() instanceof TextInputControl text && text.isRedoable();
            if (!textUndo && matches(undo, event)) {
                undo.fire();
                event.consume();
            } else if (!textRedo && matches(redo, event)) {
                redo.fire();
                event.consume();
            }
        });
    }

    private static boolean matches(DesignerAction action, KeyEvent event) {
        return action.accelerators().stream().anyMatch(keys -> keys.match(event));
    }
}
