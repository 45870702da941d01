package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.coexist.cli.Cli;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.FindingKey;
import org.coexist.exercise.Grade;
import org.coexist.exercise.Grader;
import org.coexist.io.TopologyReader;
import org.coexist.model.Phase;
import org.coexist.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A trainer makes an exercise in the designer; a trainee opens one, works without findings, and checks. */
class ExerciseDesignerTest extends ShellTestBase {
    static final Path SAMPLE = Path.of("..", "assets", "samples", "what-not-to-do.coexist.json");
    static final Path EXERCISES = Path.of("..", "assets", "exercises");
    static final Path SOLUTIONS = Path.of("src", "test", "resources", "exercises");
    private static final Pattern SCORE = Pattern.compile("(\\d+)/100");

    @TempDir
    Path dir;

    private String reportText() {
        return fx(() -> window.exercise().bar().reportText());
    }

    /** The score the designer shows after Check My Work. */
    private int shownScore() {
        Matcher m = SCORE.matcher(reportText());
        assertTrue(m.find(), reportText());
        return Integer.parseInt(m.group(1));
    }

    private static int cliScore(Path exercise, Path work) {
        StringWriter out = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"grade", exercise.toString(), work.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        Matcher m = SCORE.matcher(out.toString());
        assertTrue(m.find(), out.toString());
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aTrainerMarksTheFindingsOfAPhaseAndSavesTheExerciseAsACopy(FxRobot robot) throws Exception {
        assertTrue(load(SAMPLE));
        Phase sql = fx(() -> topology().phases().get(0));
        robot.clickOn("#menu-file").clickOn("#menu-makeExercise");
        robot.clickOn("#exercise-instructions").write("Fix the back ends.");
        ComboBox<?> phase = robot.lookup("#exercise-phase").queryAs(ComboBox.class);
        robot.clickOn(phase).clickOn(sql.name());
        List<Finding> findings = fx(() -> context.engine().validate(topology().without(sql.hidden())));
        assertTrue(findings.size() >= 6, "phase 1 has its mistakes: " + findings.size());
        // The first finding is not to be graded.
        ChoiceBox<?> first = robot.lookup("#exercise-mark-0").queryAs(ChoiceBox.class);
        robot.clickOn(first).clickOn("Not graded");
        Path copy = dir.resolve("sql-exercise.coexist.json");
        dialogs.filesToSave.add(copy);
        robot.clickOn("#exercise-save");
        waitUntil(() -> Files.exists(copy));

        Exercise saved = Exercise.of(new TopologyReader(CATALOG).read(copy)).orElseThrow();
        assertEquals("Fix the back ends.", saved.instructions());
        assertEquals(sql.id(), saved.phase());
        Set<FindingKey> fix = findings.stream().skip(1).filter(Finding::isError).map(FindingKey::of)
                .collect(java.util.stream.Collectors.toSet());
        Set<FindingKey> remain = findings.stream().skip(1).filter(f -> !f.isError()).map(FindingKey::of)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(fix, Set.copyOf(saved.mustFix()), "errors must be fixed, the first not graded");
        assertEquals(remain, Set.copyOf(saved.mustRemain()), "warnings must remain");
        assertTrue(fx(() -> Exercise.of(topology()).isEmpty()), "the trainer's own design is no exercise");
        assertFalse(fx(() -> context.document().commands().isModified()), "and is left as it was");
    }

    @Test
    void aTraineeSeesNoFindingsUntilCheckingThenTheScoreTheCliGives(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file").clickOn("#menu-openExercise").clickOn("#openExercise-fix-the-back-ends");
        waitForFiles();
        Exercise exercise = fx(() -> Exercise.of(topology()).orElseThrow());
        Node bar = robot.lookup("#exercise-bar").query();
        assertTrue(fx(bar::isVisible));
        assertEquals(exercise.instructions(),
                fx(() -> robot.lookup("#exercise-instructions-shown").queryAs(Label.class).getText()));
        // No findings anywhere: no marks, no problems, no counts.
        assertTrue(robot.lookup(".element-view.error").queryAll().isEmpty(), "no error marks on the canvas");
        assertTrue(robot.lookup(".link.error").queryAll().isEmpty(), "no error links");
        assertTrue(robot.lookup(".finding-badge").queryAll().stream().noneMatch(n -> fx(n::isVisible)),
                "no badges");
        TableView<?> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        assertTrue(fx(() -> problems.getItems().isEmpty()), "the problems panel is empty");
        assertTrue(fx(() -> ((Label) problems.getPlaceholder()).getText()).contains("check your work"));
        assertEquals("Findings hidden", fx(() -> robot.lookup("#status-errors").queryAs(Label.class).getText()));
        assertTrue(robot.lookup(".phase-count").queryAll().stream().noneMatch(n -> fx(n::isVisible)));

        // The trainee deletes the users an SQL instance was homed on (fixing one mistake), then checks.
        robot.clickOn("#view-w-lync-users-a2");
        press(robot, KeyCode.DELETE);
        robot.clickOn("#exercise-check");
        Grade grade = fx(() -> window.exercise().gradeProperty().get());
        assertNotNull(grade);
        assertEquals(1, grade.fixed().size(), reportText());
        assertEquals(exercise.mustFix().size() - 1, grade.stillWrong().size());
        assertTrue(reportText().contains("Fixed: "), reportText());
        assertTrue(reportText().contains("Still wrong: "), reportText());
        assertFalse(robot.lookup(".link.error").queryAll().isEmpty(), "the findings show now");
        assertFalse(fx(() -> problems.getItems().isEmpty()));

        Path saved = dir.resolve("trainee.coexist.json");
        dialogs.filesToSave.add(saved);
        assertTrue(fx(() -> window.files().saveAs().toCompletableFuture()).get(10, TimeUnit.SECONDS));
        waitForFiles();
        assertEquals(cliScore(EXERCISES.resolve("fix-the-back-ends.coexist.json"), saved), shownScore(),
                "the designer and coexist grade agree");
        assertEquals(new Grader(context.engine()).grade(exercise, new TopologyReader(CATALOG).read(saved)).score(),
                shownScore());
    }

    @Test
    void theDesignerScoresTheShippedSolutionsAsTheCliDoes(FxRobot robot) {
        for (String name : List.of("fix-the-back-ends", "exchange-2007-beside-2003")) {
            Path exercise = EXERCISES.resolve(name + ".coexist.json");
            for (Path work : List.of(exercise, SOLUTIONS.resolve(name + ".partial.coexist.json"),
                    SOLUTIONS.resolve(name + ".solution.coexist.json"))) {
                assertTrue(load(work));
                assertTrue(robot.lookup(".link.error").queryAll().isEmpty()
                        && robot.lookup(".element-view.error").queryAll().isEmpty(), "withheld in " + work);
                robot.clickOn("#exercise-check");
                assertEquals(cliScore(exercise, work), shownScore(), work.toString());
            }
            assertEquals(100, shownScore(), name + " solved");
        }
    }
}
