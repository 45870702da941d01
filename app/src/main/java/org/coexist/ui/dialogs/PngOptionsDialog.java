package org.coexist.ui.dialogs;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.coexist.ui.kernel.Texts;

/** The small question before a PNG export: the visible view or the whole diagram, 1x or 2x. */
final class PngOptionsDialog extends Dialog<PngChoice> {

    PngOptionsDialog(Texts texts) {
        setTitle(texts.get("dialog.png.title"));
        setHeaderText(texts.get("dialog.png.header"));
        ToggleGroup area = new ToggleGroup();
        RadioButton visible = radio(texts.get("dialog.png.visible"), area, "png-visible");
        RadioButton whole = radio(texts.get("dialog.png.whole"), area, "png-whole");
        visible.setSelected(true);
        ToggleGroup scale = new ToggleGroup();
        RadioButton one = radio(texts.get("dialog.png.scale1"), scale, "png-scale1");
        RadioButton two = radio(texts.get("dialog.png.scale2"), scale, "png-scale2");
        one.setSelected(true);
        Label areaLabel = new Label(texts.get("dialog.png.area"));
        Label scaleLabel = new Label(texts.get("dialog.png.scale"));
        areaLabel.getStyleClass().add("dialog-section");
        scaleLabel.getStyleClass().add("dialog-section");
        VBox content = new VBox(6, areaLabel, visible, whole, scaleLabel, one, two);
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType(texts.get("dialog.png.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        setResultConverter(button -> button == export
                ? new PngChoice(whole.isSelected(), two.isSelected() ? 2 : 1) : null);
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }
}
