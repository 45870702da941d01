package org.coexist.ui.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.FindingKey;
import org.coexist.exercise.Grade;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.RuleDescriptor;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;

/**
 * The exercise's band above the canvas: the instructions and Check My Work; after a check, the score and what is
 * fixed, still wrong, newly wrong, and kept or lost of what had to remain.
 */
public final class ExerciseBar extends VBox {
    /** The report scrolls beyond this height, so the canvas keeps most of the window. */
    static final double REPORT_HEIGHT = 170;
    private final DesignerContext context;
    private final Texts texts;
    private final Label instructions = new Label();
    private final Button check = new Button();
    private final Label score = new Label();
    private final VBox report = new VBox();
    private final ScrollPane reportScroll = new ScrollPane(report);

    ExerciseBar(DesignerContext context, Supplier<Grade> onCheck) {
        this.context = context;
        this.texts = context.texts();
        setId("exercise-bar");
        getStyleClass().add("exercise-bar");
        Label title = new Label(texts.get("exercise.title"));
        title.getStyleClass().add("exercise-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        instructions.setId("exercise-instructions-shown");
        instructions.getStyleClass().add("exercise-instructions");
        instructions.setWrapText(true);
        instructions.setMinHeight(Region.USE_PREF_SIZE);
        check.setId("exercise-check");
        check.setText(texts.get("exercise.check"));
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.getStyleClass().add("exercise-check");
        check.setOnAction(e -> onCheck.get());
        HBox.setHgrow(instructions, Priority.ALWAYS);
        HBox top = new HBox(10, title, instructions, check);
        top.setAlignment(Pos.CENTER_LEFT);
        score.setId("exercise-score");
        score.getStyleClass().add("exercise-score");
        report.setId("exercise-report");
        report.getStyleClass().add("exercise-report");
        reportScroll.setFitToWidth(true);
        reportScroll.setMaxHeight(REPORT_HEIGHT);
        reportScroll.getStyleClass().add("exercise-report-scroll");
        getChildren().setAll(top, score, reportScroll);
        show(null);
    }

    /** The exercise's instructions, nothing graded yet (null: no exercise, no band). */
    void show(Exercise exercise) {
        setVisible(exercise != null);
        setManaged(exercise != null);
        instructions.setText(exercise == null ? "" : exercise.instructions().isBlank()
                ? texts.get("exercise.noInstructions") : exercise.instructions());
        check.setText(texts.get("exercise.check"));
        visible(score, false);
        visible(reportScroll, false);
        report.getChildren().clear();
    }

    /**
     * The grade: the score, then each group of the key, with the findings' words.
     *
     * @param work     the trainee's design as graded (the exercise's phase of it, when it has one)
     * @param findings what the engine finds in it
     */
    void showGrade(Grade grade, Topology work, List<Finding> findings) {
        check.setText(texts.get("exercise.checkAgain"));
        score.setText(texts.format("exercise.score", grade.score(), grade.fixed().size(),
                grade.fixed().size() + grade.stillWrong().size(), grade.introduced().size()));
        List<Label> lines = new ArrayList<>();
        grade.stillWrong().forEach(k -> lines.add(line("exercise.stillWrong", describe(k, work, findings), "wrong")));
        grade.introduced().forEach(f -> lines.add(line("exercise.introduced", f.message(), "wrong")));
        grade.fixed().forEach(k -> lines.add(line("exercise.fixed", describe(k, work, findings), "right")));
        grade.removed().forEach(k -> lines.add(line("exercise.removed", describe(k, work, findings), "wrong")));
        grade.remained().forEach(k -> lines.add(line("exercise.remained", describe(k, work, findings), "right")));
        report.getChildren().setAll(lines);
        visible(score, true);
        visible(reportScroll, !lines.isEmpty());
    }

    private Label line(String key, String what, String styleClass) {
        Label label = new Label(texts.format(key, what));
        label.getStyleClass().addAll("exercise-line", styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A key item in words: the finding's message while it is there, else the rule's summary and the names of what
     * it was about.
     */
    private String describe(FindingKey key, Topology work, List<Finding> findings) {
        for (Finding finding : findings) {
            if (key.matches(finding)) {
                return finding.message();
            }
        }
        String summary = key.rule();
        for (RuleDescriptor rule : context.engine().rules()) {
            if (rule.id().equals(key.rule())) {
                summary = rule.summary();
            }
        }
        List<String> names = new ArrayList<>();
        for (String id : key.sortedSubjects()) {
            Element element = work.element(id);
            Forest forest = work.forest(id);
            names.add(element != null ? element.name() : forest != null ? forest.name() : id);
        }
        return texts.format("exercise.about", summary, String.join(", ", names));
    }

    private static void visible(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The score line and the report, for tests and for reading out. */
    public String reportText() {
        StringBuilder text = new StringBuilder(score.getText()).append('\n');
        report.getChildren().forEach(n -> text.append(((Label) n).getText()).append('\n'));
        return text.toString();
    }
}
