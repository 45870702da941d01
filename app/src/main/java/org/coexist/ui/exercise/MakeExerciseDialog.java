package org.coexist.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.ExerciseMaker;
import org.coexist.exercise.FindingKey;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.problems.SeverityIcon;

/**
 * File > Make Exercise: the trainer writes the instructions, chooses the phase graded (or the whole design) and
 * marks each of its findings "must be fixed", "must remain" or "not graded"; errors start as must be fixed,
 * warnings as must remain. The result is the exercise to save.
 */
final class MakeExerciseDialog extends Dialog<Exercise> {
    /** What the trainee must do about a finding. */
    enum Mark { FIX, REMAIN, IGNORE }

    private final Texts texts;
    private final Topology design;
    private final ExerciseMaker maker;
    private final TextArea instructions = new TextArea();
    private final ComboBox<Phase> phase = new ComboBox<>();
    private final VBox rows = new VBox(6);
    private final List<Finding> findings = new ArrayList<>();
    private final List<ChoiceBox<Mark>> marks = new ArrayList<>();

    MakeExerciseDialog(Texts texts, Topology design, ExerciseMaker maker, String shownPhase) {
        this.texts = texts;
        this.design = design;
        this.maker = maker;
        setTitle(texts.get("exercise.make.title"));
        setHeaderText(texts.get("exercise.make.header"));
        setResizable(true);
        instructions.setId("exercise-instructions");
        instructions.setWrapText(true);
        instructions.setPrefRowCount(3);
        instructions.setPromptText(texts.get("exercise.make.instructionsPrompt"));
        phase.setId("exercise-phase");
        phase.getItems().add(null);
        phase.getItems().addAll(design.phases());
        phase.setConverter(new StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return p == null ? texts.get("phases.whole") : p.name();
            }

            @Override
            public Phase fromString(String s) {
                return null;
            }
        });
        phase.setValue(shownPhase == null ? null : design.phase(shownPhase));
        phase.valueProperty().addListener((obs, old, now) -> fillFindings());
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        scroll.setPrefViewportWidth(640);
        VBox content = new VBox(8, section("exercise.make.instructions"), instructions, section("exercise.make.phase"),
                phase, section("exercise.make.findings"), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(texts.get("exercise.make.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().lookupButton(save).setId("exercise-save");
        setResultConverter(button -> button == save ? exercise() : null);
        fillFindings();
    }

    private Label section(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("dialog-section");
        return label;
    }

    /** One row per finding of the phase chosen, marked by its severity until the trainer says otherwise. */
    private void fillFindings() {
        findings.clear();
        marks.clear();
        rows.getChildren().clear();
        Phase chosen = phase.getValue();
        findings.addAll(maker.findings(design, chosen == null ? null : chosen.id()));
        if (findings.isEmpty()) {
            rows.getChildren().add(new Label(texts.get("exercise.make.noFindings")));
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            ChoiceBox<Mark> mark = new ChoiceBox<>();
            mark.setId("exercise-mark-" + i);
            mark.getItems().setAll(Mark.values());
            mark.setConverter(new StringConverter<>() {
                @Override
                public String toString(Mark m) {
                    return m == null ? "" : texts.get("exercise.mark." + m.name());
                }

                @Override
                public Mark fromString(String s) {
                    return null;
                }
            });
            mark.setValue(finding.isError() ? Mark.FIX : Mark.REMAIN);
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label message = new Label(finding.message());
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(8, SeverityIcon.of(finding.severity()), message, mark);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("exercise-finding-row");
            marks.add(mark);
            rows.getChildren().add(row);
        }
    }

    private Exercise exercise() {
        List<FindingKey> mustFix = new ArrayList<>();
        List<FindingKey> mustRemain = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Mark mark = marks.get(i).getValue();
            if (mark == Mark.FIX) {
                mustFix.add(FindingKey.of(findings.get(i)));
            } else if (mark == Mark.REMAIN) {
                mustRemain.add(FindingKey.of(findings.get(i)));
            }
        }
        Phase chosen = phase.getValue();
        return new Exercise(instructions.getText().strip(), chosen == null ? null : chosen.id(), mustFix,
                mustRemain);
    }
}
