package org.coexist.ui.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * One command of the window (menu item, toolbar button, shortcut) with its text, enabled state and handler, so
 * that the menu and the toolbar show the same state. A toggle action also has a selected property.
 */
public final class DesignerAction {
    private final String id;
    private final StringProperty text = new SimpleStringProperty();
    private final BooleanProperty disabled = new SimpleBooleanProperty();
    private final BooleanProperty selected;
    private final Runnable handler;
    private final List<KeyCombination> accelerators = new ArrayList<>();
    private String tooltip;

    private DesignerAction(String id, String text, Runnable handler, BooleanProperty selected) {
        this.id = id;
        this.text.set(text);
        this.handler = handler;
        this.selected = selected;
    }

    public static DesignerAction of(String id, String text, Runnable handler) {
        return new DesignerAction(id, text, handler, null);
    }

    /** A check action that toggles the given property. */
    public static DesignerAction toggle(String id, String text, BooleanProperty selected) {
        return new DesignerAction(id, text, () -> selected.set(!selected.get()), selected);
    }

    /** The first combination is shown in the menu; the others work too (Ctrl+Y and Ctrl+Shift+Z). */
    public DesignerAction keys(String... combinations) {
        for (String combination : combinations) {
            accelerators.add(KeyCombination.keyCombination(combination));
        }
        return this;
    }

    public DesignerAction enabledWhen(ObservableBooleanValue enabled) {
        disabled.bind(javafx.beans.binding.Bindings.not(enabled));
        return this;
    }

    public DesignerAction tooltip(String text) {
        this.tooltip = text;
        return this;
    }

    public String id() {
        return id;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public List<KeyCombination> accelerators() {
        return List.copyOf(accelerators);
    }

    /** Runs the handler unless the action is disabled. */
    public void fire() {
        if (!disabled.get()) {
            handler.run();
        }
    }

    public MenuItem menuItem() {
        MenuItem item;
        if (selected != null) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(selected);
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> fire());
        }
        item.setId("menu-" + id);
        item.textProperty().bind(text);
        item.disableProperty().bind(disabled);
        if (!accelerators.isEmpty()) {
            item.setAccelerator(accelerators.get(0));
        }
        return item;
    }

    /** A toolbar button with a short fixed label (the menu's text may name the command to undo). */
    public Button button(String label) {
        Button button = new Button(label);
        button.setId("tool-" + id);
        button.setMnemonicParsing(false);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> fire());
        button.setFocusTraversable(false);
        if (tooltip != null) {
            button.setTooltip(new Tooltip(tooltip));
        }
        return button;
    }
}
