package org.coexist.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.ui.Texts;

/** The band at the bottom of the presented canvas: which step this is, the phase's name and its notes. */
final class Caption {
    private final Texts texts;
    private final Label step = new Label();
    private final Label name = new Label();
    private final Label notes = new Label();
    private final VBox band = new VBox(step, name, notes);

    Caption(Texts texts) {
        this.texts = texts;
        band.setId("presentation-caption");
        band.getStyleClass().add("presentation-caption");
        step.getStyleClass().add("caption-step");
        name.setId("caption-name");
        name.getStyleClass().add("caption-name");
        notes.setId("caption-notes");
        notes.getStyleClass().add("caption-notes");
        name.setWrapText(true);
        notes.setWrapText(true);
        band.setMaxHeight(Region.USE_PREF_SIZE);
        band.setMouseTransparent(true);
        StackPane.setAlignment(band, Pos.BOTTOM_CENTER);
    }

    VBox node() {
        return band;
    }

    /** Shows the phase (null: the whole design, named after the topology). */
    void show(Topology topology, Phase phase, int index, int count) {
        if (phase == null) {
            step.setText(texts.get("present.wholeDesign"));
            name.setText(topology.name().isBlank() ? texts.get("app.untitled") : topology.name());
            notes.setText(topology.description() == null ? "" : topology.description());
        } else {
            step.setText(texts.format("present.step", index + 1, count));
            name.setText(phase.name().isBlank() ? phase.id() : phase.name());
            notes.setText(phase.notes());
        }
        notes.setVisible(!notes.getText().isBlank());
        notes.setManaged(notes.isVisible());
    }

    String name() {
        return name.getText();
    }
}
