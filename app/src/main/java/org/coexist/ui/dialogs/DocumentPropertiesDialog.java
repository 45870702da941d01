package org.coexist.ui.dialogs;

import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.Texts;

/**
 * File > Document Properties: the design's own name (the title of its handout, which the file name is not) and its
 * description. Shown without blocking; OK hands both to {@code apply}, which makes them one undoable command.
 */
public final class DocumentPropertiesDialog extends Dialog<ButtonType> {
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();

    public DocumentPropertiesDialog(Texts texts, Topology topology, String fileName) {
        setTitle(texts.get("dialog.properties.title"));
        setHeaderText(fileName == null ? texts.get("dialog.properties.headerUnsaved")
                : texts.format("dialog.properties.header", fileName));
        name.setId("properties-name");
        name.setText(topology.name());
        name.setPromptText(texts.get("app.untitled"));
        description.setId("properties-description");
        description.setText(topology.description() == null ? "" : topology.description());
        description.setWrapText(true);
        description.setPrefRowCount(4);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("properties-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, caption(texts.get("dialog.properties.name"), name), name);
        grid.addRow(1, caption(texts.get("dialog.properties.description"), description), description);
        Label hint = new Label(texts.get("dialog.properties.hint"));
        hint.getStyleClass().add("placeholder-text");
        hint.setWrapText(true);
        hint.setPrefWidth(420);
        grid.add(hint, 1, 2);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType ok = new ButtonType(texts.get("dialog.properties.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        setResultConverter(button -> button);
        setOnShown(e -> Platform.runLater(name::requestFocus));
    }

    /** A field's caption, never cut short by the field beside it. */
    private static Label caption(String text, javafx.scene.Node field) {
        Label caption = new Label(text);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setLabelFor(field);
        return caption;
    }

    /** Shows the dialog owned by the window, in its style; OK gives the trimmed name and description. */
    public void show(Window owner, BiConsumer<String, String> apply) {
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        getDialogPane().getStyleClass().add("cx-dialog");
        setOnHidden(e -> {
            if (getResult() != null && getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                String text = description.getText().strip();
                apply.accept(name.getText().strip(), text.isEmpty() ? null : text);
            }
        });
        show();
    }
}
