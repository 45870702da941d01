package org.coexist.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector's property sheet: sections with small grey headers, each property a label above a full-width
 * editor, so that long version names and host names fit a narrow side panel without clipping.
 */
final class PropertyGrid extends VBox {

    PropertyGrid() {
        getStyleClass().add("property-grid");
    }

    void section(String title) {
        Label header = new Label(title);
        header.getStyleClass().add("section-header");
        header.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(header);
    }

    void row(String label, Node editor) {
        if (editor instanceof CheckBox check) {
            // A check box reads best with its label beside it.
            check.setText(label);
            check.setWrapText(true);
            check.getStyleClass().add("property-check");
            getChildren().add(check);
            return;
        }
        Label name = new Label(label);
        name.getStyleClass().add("property-label");
        name.setLabelFor(editor);
        name.setWrapText(true);
        if (editor instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        VBox field = new VBox(name, editor);
        field.getStyleClass().add("property-field");
        getChildren().add(field);
    }

    /** A read-only value that wraps instead of clipping. */
    static Label value(String text) {
        Label value = new Label(text);
        value.getStyleClass().add("property-value");
        value.setWrapText(true);
        return value;
    }
}
