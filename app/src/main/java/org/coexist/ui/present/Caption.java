package org.coexist.ui.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.Texts;

/**
 * The band at the bottom of the presented canvas: which step this is, the phase's name and its notes. The band's
 * height is bounded, so long notes do not take the slide: they show {@value #NOTE_LINES} lines, and N shows them
 * all (up to half the screen) or folds them again.
 */
final class Caption {
    static final int NOTE_LINES = 3;
    /** Expanded notes take at most this share of the screen's height. */
    static final double EXPANDED_SHARE = 0.5;
    private final Texts texts;
    private final Label step = new Label();
    private final Label name = new Label();
    private final Label notes = new Label();
    private final Label more = new Label();
    private final VBox band;
    private boolean expanded;

    Caption(Texts texts) {
        this.texts = texts;
        step.getStyleClass().add("caption-step");
        more.setId("caption-more");
        more.getStyleClass().add("caption-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(step, gap, more);
        top.setAlignment(Pos.CENTER_LEFT);
        band = new VBox(top, name, notes);
        band.setId("presentation-caption");
        band.getStyleClass().add("presentation-caption");
        name.setId("caption-name");
        name.getStyleClass().add("caption-name");
        notes.setId("caption-notes");
        notes.getStyleClass().add("caption-notes");
        name.setWrapText(true);
        notes.setWrapText(true);
        notes.setTextOverrun(OverrunStyle.ELLIPSIS);
        band.setMaxHeight(Region.USE_PREF_SIZE);
        band.setMouseTransparent(true);
        band.heightProperty().addListener((obs, old, now) -> updateMore());
        band.widthProperty().addListener((obs, old, now) -> bound());
        StackPane.setAlignment(band, Pos.BOTTOM_CENTER);
    }

    VBox node() {
        return band;
    }

    /** Shows the phase (null: the whole design, named after the topology), its notes folded. */
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
        expanded = false;
        bound();
    }

    /** N: all the notes, or back to a few lines. */
    void toggleExpanded() {
        expanded = !expanded;
        bound();
    }

    boolean isExpanded() {
        return expanded;
    }

    /** Whether the notes hold more than is shown. */
    boolean isTruncated() {
        double width = notes.getWidth() > 0 ? notes.getWidth() : band.getWidth();
        return notes.isVisible() && width > 0 && notes.prefHeight(width) > notes.getMaxHeight() + 1;
    }

    private void bound() {
        double lineHeight = notes.getFont().getSize() * 1.4;
        double screen = band.getScene() == null ? 0 : band.getScene().getHeight();
        notes.setMaxHeight(expanded && screen > 0 ? screen * EXPANDED_SHARE : lineHeight * NOTE_LINES);
        name.setMaxHeight(name.getFont().getSize() * 1.3 * 2);
        updateMore();
    }

    private void updateMore() {
        boolean folded = !expanded && isTruncated();
        more.setText(folded ? texts.get("present.notesMore") : expanded ? texts.get("present.notesLess") : "");
        more.setVisible(folded || expanded);
    }

    String name() {
        return name.getText();
    }

    String notes() {
        return notes.getText();
    }
}
