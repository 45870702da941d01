package org.coexist.ui.dialogs;

import java.util.Locale;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.coexist.export.HandoutOptions;
import org.coexist.export.Paper;
import org.coexist.ui.kernel.Texts;

/** The question before a PDF handout: A4 or Letter, and the room's edition or the trainer's (with answer keys). */
final class HandoutOptionsDialog extends Dialog<HandoutOptions> {
    /** Where Letter is the usual paper; elsewhere A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT");

    HandoutOptionsDialog(Texts texts) {
        setTitle(texts.get("dialog.handout.title"));
        setHeaderText(texts.get("dialog.handout.header"));
        ToggleGroup paper = new ToggleGroup();
        RadioButton a4 = radio(texts.get("dialog.handout.a4"), paper, "handout-a4");
        RadioButton letter = radio(texts.get("dialog.handout.letter"), paper, "handout-letter");
        boolean usLetter = LETTER_COUNTRIES.contains(Locale.getDefault(Locale.Category.FORMAT).getCountry());
        (usLetter ? letter : a4).setSelected(true);
        CheckBox trainer = new CheckBox(texts.get("dialog.handout.trainer"));
        trainer.setId("handout-trainer");
        Label paperLabel = new Label(texts.get("dialog.handout.paper"));
        paperLabel.getStyleClass().add("dialog-section");
        Label editionLabel = new Label(texts.get("dialog.handout.edition"));
        editionLabel.getStyleClass().add("dialog-section");
        Label hint = new Label(texts.get("dialog.handout.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("placeholder-text");
        getDialogPane().setContent(new VBox(6, paperLabel, a4, letter, editionLabel, trainer, hint));
        ButtonType export = new ButtonType(texts.get("dialog.png.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, cancel);
        setResultConverter(button -> button == export
                ? new HandoutOptions(letter.isSelected() ? Paper.LETTER : Paper.A4, trainer.isSelected()) : null);
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }
}
