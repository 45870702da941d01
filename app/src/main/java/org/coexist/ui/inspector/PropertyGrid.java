package org.coexist.ui.inspector;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Two columns, label and editor, in sections with small grey headers: the inspector's property sheet. */
final class PropertyGrid extends GridPane {
    private int row;

    PropertyGrid() {
        getStyleClass().add("property-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        editors.setMinWidth(80);
        getColumnConstraints().addAll(labels, editors);
    }

    void section(String title) {
        Label header = new Label(title);
        header.getStyleClass().add("section-header");
        header.setMaxWidth(Double.MAX_VALUE);
        add(header, 0, row++, 2, 1);
    }

    void row(String label, Node editor) {
        Label name = new Label(label);
        name.getStyleClass().add("property-label");
        name.setLabelFor(editor);
        GridPane.setValignment(name, VPos.CENTER);
        if (editor instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        add(name, 0, row);
        add(editor, 1, row++);
    }

    /** A read-only value that wraps instead of clipping. */
    static Label value(String text) {
        Label value = new Label(text);
        value.getStyleClass().add("property-value");
        value.setWrapText(true);
        return value;
    }
}
