package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.coexist.model.Element;
import org.coexist.model.Phase;
import org.coexist.rules.Finding;
import org.coexist.ui.present.PresentationMode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** "What not to do" presented: each slide frames its phase, cards and lists stay on screen and off the subjects. */
class PresentationFitTest extends ShellTestBase {
    static final Path SAMPLE = Path.of("..", "assets", "samples", "what-not-to-do.coexist.json");

    private PresentationMode presentation() {
        return window.presentation();
    }

    private void present(FxRobot robot) {
        assertTrue(load(SAMPLE));
        press(robot, KeyCode.F5);
        assertTrue(fx(() -> presentation().presentingProperty().get()));
    }

    private Phase phase(int index) {
        return fx(() -> topology().phases().get(index));
    }

    private Bounds scene() {
        return fx(() -> stage.getScene().getRoot().localToScene(stage.getScene().getRoot().getLayoutBounds()));
    }

    private Bounds node(String selector, FxRobot robot) {
        Node node = robot.lookup(selector).query();
        return fx(() -> node.localToScene(node.getLayoutBounds()));
    }

    /** Whether two areas share more than an edge. */
    private static boolean overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 1 && h > 1;
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMinY() >= outer.getMinY() - 1
                && inner.getMaxX() <= outer.getMaxX() + 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    @Test
    void eachStepFramesWhatThePhaseDeploysNotItsGhosts(FxRobot robot) {
        present(robot);
        for (int i = 0; i < 5; i++) {
            Phase phase = phase(i);
            List<String> deployed = fx(() -> topology().without(phase.hidden()).elements().stream()
                    .map(Element::id).toList());
            Bounds content = fx(() -> window.canvas().sceneBounds(deployed));
            Bounds canvas = node(".diagram-canvas", robot);
            assertTrue(inside(content, canvas), phase.name() + ": " + content + " in " + canvas);
            double filled = Math.max(content.getWidth() / canvas.getWidth(), content.getHeight() / canvas.getHeight());
            assertTrue(filled > 0.6, phase.name() + " fills " + filled + " of the slide");
            press(robot, KeyCode.RIGHT);
        }
    }

    @Test
    void aRevealedFindingsCardSitsBesideItsSubjectsOnScreen(FxRobot robot) {
        present(robot);
        for (int i = 0; i < 4; i++) {
            press(robot, KeyCode.R);
            String text = fx(() -> presentation().cardText());
            Finding finding = fx(() -> context.engine().validate(topology().without(phase(0).hidden()))).stream()
                    .filter(f -> text.contains(f.message())).findFirst().orElseThrow();
            Bounds card = node("#finding-card", robot);
            Bounds subjects = fx(() -> window.canvas().sceneBounds(finding.subjects()));
            assertTrue(inside(card, scene()), "on screen: " + card);
            assertFalse(overlap(card, subjects), "the card " + card + " covers its subjects " + subjects);
            Bounds caption = node("#presentation-caption", robot);
            assertFalse(overlap(card, caption), "the card covers the caption");
        }
    }

    @Test
    void revealAllIsAListBesideTheDiagramPagedByTheClicker(FxRobot robot) {
        present(robot);
        press(robot, KeyCode.RIGHT);
        List<Finding> findings = fx(() -> context.engine().validate(topology().without(phase(1).hidden())));
        assertTrue(findings.size() >= 10, "phase 2 has eleven mistakes");
        press(robot, KeyCode.A);
        Bounds list = node("#findings-list", robot);
        assertTrue(inside(list, scene()), "the list fits the screen: " + list);
        assertFalse(overlap(list, node("#presentation-caption", robot)), "the list leaves the caption alone");
        assertFalse(overlap(list, node(".diagram-canvas", robot)), "the list is beside the diagram");
        StringBuilder seen = new StringBuilder(fx(() -> presentation().listText()));
        // Right turns the list's pages, then moves to the next phase.
        int turns = 0;
        while (phase(1).id().equals(fx(() -> context.phaseProperty().get())) && turns++ < 10) {
            for (Node entry : robot.lookup(".findings-entry").queryAll()) {
                assertTrue(inside(fx(() -> entry.localToScene(entry.getLayoutBounds())), list), "entry on the list");
            }
            press(robot, KeyCode.RIGHT);
            seen.append(fx(() -> presentation().listText()));
        }
        assertEquals(phase(2).id(), fx(() -> context.phaseProperty().get()));
        // Each finding is listed in the answer key's words where the key has some, else in the engine's.
        org.coexist.exercise.AnswerKey key = new org.coexist.exercise.AnswerKey(phase(1).answerKey());
        for (Finding finding : findings) {
            String words = key.wordsFor(finding, id -> null).orElse(finding.message());
            assertTrue(seen.toString().contains(words), "listed: " + words);
        }
        assertEquals("", fx(() -> presentation().listText()), "a new phase starts unrevealed");
    }

    @Test
    void revealsUseTheAnswerKeysWordsWhichTheCaptionNeverShows(FxRobot robot) {
        assertTrue(load(SAMPLE));
        Phase first = phase(0);
        String words = "Say it in the trainer's words (link-kind-endpoints).";
        fx(() -> context.execute(context.edits().phases().setAnswerKey(topology(), first.id(), words)));
        press(robot, KeyCode.F5);
        for (int i = 0; i < 6 && !fx(() -> presentation().cardText()).contains(words); i++) {
            press(robot, KeyCode.R);
        }
        assertTrue(fx(() -> presentation().cardText()).contains(words), "the card has the key's words");
        press(robot, KeyCode.A);
        String listed = fx(() -> presentation().listText());
        assertTrue(listed.contains(words), listed);
        Node caption = robot.lookup("#presentation-caption").query();
        assertFalse(fx(() -> captionText(caption)).contains("trainer's words"));
        press(robot, KeyCode.P);
        String presenter = fx(() -> presentation().presenterText());
        assertTrue(presenter.contains(words), presenter);
        assertTrue(presenter.contains(first.notes()), presenter);
        assertTrue(presenter.contains(phase(1).name()), "the next phase: " + presenter);
        assertTrue(presenter.matches("(?s).*\\d+:\\d\\d.*"), "the time since the start: " + presenter);
        assertTrue(robot.lookup("#presenter-view").tryQuery().isPresent());
        press(robot, KeyCode.P);
        assertTrue(robot.lookup("#presenter-view").tryQuery().isEmpty());
    }

    private static String captionText(Node caption) {
        StringBuilder text = new StringBuilder();
        caption.lookupAll(".label").forEach(n -> text.append(((javafx.scene.control.Label) n).getText()));
        return text.toString();
    }

    @Test
    void longNotesTakeAFewLinesUntilNExpandsThem(FxRobot robot) {
        assertTrue(load(SAMPLE));
        String notes = "A long note. ".repeat(120);
        fx(() -> context.execute(context.edits().phases().setNotes(topology(), phase(0).id(), notes)));
        press(robot, KeyCode.F5);
        double screen = scene().getHeight();
        double folded = node("#presentation-caption", robot).getHeight();
        assertTrue(folded < screen * 0.25, "the caption takes " + folded + " of " + screen);
        press(robot, KeyCode.N);
        double expanded = node("#presentation-caption", robot).getHeight();
        assertTrue(expanded > folded * 1.5, "expanded " + expanded + ", folded " + folded);
        assertTrue(expanded <= screen * 0.6, "expanded within reason: " + expanded);
        press(robot, KeyCode.N);
        assertEquals(folded, node("#presentation-caption", robot).getHeight(), 1);
    }

    @Test
    void withTwoScreensThePresenterViewHasTheFirstAndTheSlidesTheSecond(FxRobot robot) {
        fx(() -> presentation().useScreens(() -> List.of(new Rectangle2D(900, 0, 700, 1000),
                new Rectangle2D(0, 0, 900, 1000))));
        present(robot);
        Node view = robot.lookup("#presenter-view").query();
        assertNotNull(view);
        assertTrue(fx(() -> view.getScene().getWindow() != stage && view.getScene().getWindow().isShowing()),
                "the presenter view has a window of its own");
        assertTrue(fx(() -> presentation().presenterText()).contains(phase(1).name()), "the next phase is named");
        press(robot, KeyCode.RIGHT);
        assertEquals(phase(1).id(), fx(() -> context.phaseProperty().get()));
        press(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#presenter-view").tryQuery().isEmpty(), "closed with the presentation");
        assertEquals(Set.of(), fx(() -> Set.copyOf(context.selection().ids())));
    }
}
