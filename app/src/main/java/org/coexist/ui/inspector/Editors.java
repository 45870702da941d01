package org.coexist.ui.inspector;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * Editors that commit a value once (Enter, focus leaving, or a choice made), never on each keystroke, so that
 * each change is one command in the undo history.
 */
final class Editors {
    private Editors() {
    }

    /** Commits when Enter is pressed or focus leaves, if the text changed; Escape restores it. */
    static TextField text(String id, String initial, Consumer<String> commit) {
        return text(id, initial, commit, text -> true);
    }

    /**
     * As {@link #text(String, String, Consumer)}, committing only text that {@code acceptable} allows: Enter
     * leaves refused text in place to be corrected, focus leaving puts the last committed text back.
     */
    static TextField text(String id, String initial, Consumer<String> commit, Predicate<String> acceptable) {
        TextField field = new TextField(initial == null ? "" : initial);
        field.setId(id);
        // The last committed text: Enter then focus loss must not commit the same change twice.
        String[] committed = {field.getText()};
        Runnable apply = () -> {
            if (!field.getText().equals(committed[0]) && acceptable.test(field.getText())) {
                committed[0] = field.getText();
                commit.accept(field.getText());
            }
        };
        field.setOnAction(e -> apply.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                apply.run();
                if (!acceptable.test(field.getText())) {
                    field.setText(committed[0]);
                }
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(committed[0]);
            }
        });
        return field;
    }

    static CheckBox check(String id, boolean initial, Consumer<Boolean> commit) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setSelected(initial);
        box.selectedProperty().addListener((obs, was, is) -> commit.accept(is));
        return box;
    }

    /** A choice among values; the user's pick (not the initial value) is committed. */
    static <T> ComboBox<T> choice(String id, List<T> values, T initial, Function<T, String> label,
                                  Consumer<T> commit) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.setValue(initial);
        combo.valueProperty().addListener((obs, was, is) -> {
            if (is != null && !is.equals(initial)) {
                commit.accept(is);
            }
        });
        return combo;
    }
}
