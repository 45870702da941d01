package org.coexist.ui.actions;

import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.CanvasTool;
import org.coexist.ui.kernel.Texts;
import org.controlsfx.control.SegmentedButton;

/** The toolbar under the menus: files, undo, clipboard, the canvas tool and zoom. */
public final class MainToolBar {
    private MainToolBar() {
    }

    public static ToolBar build(Texts texts, DesignerActions a, CanvasControls canvas) {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("main-tool-bar");
        bar.getItems().addAll(
                a.newDocument.button(plain(texts, "action.new")),
                a.open.button(plain(texts, "action.open")),
                a.save.button(plain(texts, "action.save")),
                new Separator(),
                a.undo.button(plain(texts, "action.undo")),
                a.redo.button(plain(texts, "action.redo")),
                new Separator(),
                a.cut.button(plain(texts, "action.cut")),
                a.copy.button(plain(texts, "action.copy")),
                a.paste.button(plain(texts, "action.paste")),
                a.delete.button(plain(texts, "action.delete")),
                new Separator(),
                toolToggles(texts, canvas),
                spacer(),
                a.zoomOut.button("\u2212"),
                a.zoomIn.button("+"),
                a.zoomToFit.button(plain(texts, "action.zoomToFit")));
        return bar;
    }

    /** Select or Connect (a ControlsFX segmented button), kept in step with the canvas's tool whoever changes it. */
    private static SegmentedButton toolToggles(Texts texts, CanvasControls canvas) {
        ToggleButton select = toggle("tool-select", texts.get("action.toolSelect"),
                texts.get("tooltip.toolSelect"), CanvasTool.SELECT);
        ToggleButton connect = toggle("tool-connect", texts.get("action.toolConnect"),
                texts.get("tooltip.toolConnect"), CanvasTool.CONNECT);
        SegmentedButton tools = new SegmentedButton(select, connect);
        tools.getStyleClass().add("tool-toggles");
        ToggleGroup group = tools.getToggleGroup();
        // The segmented button puts its buttons in its group only when its skin is made: join now, so the tool
        // shown at start is selected.
        select.setToggleGroup(group);
        connect.setToggleGroup(group);
        Runnable sync = () -> group.selectToggle(canvas.toolProperty().get() == CanvasTool.CONNECT ? connect : select);
        canvas.toolProperty().addListener((obs, old, now) -> sync.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A segmented choice never goes empty: clicking the selected one keeps it.
                group.selectToggle(old);
            } else {
                canvas.toolProperty().set((CanvasTool) now.getUserData());
            }
        });
        sync.run();
        return tools;
    }

    private static ToggleButton toggle(String id, String text, String tip, CanvasTool tool) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(tool);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    private static Pane spacer() {
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** The menu text without its mnemonic marker or ellipsis. */
    private static String plain(Texts texts, String key) {
        return texts.get(key).replace("_", "").replace("...", "");
    }
}
