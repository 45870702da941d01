package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.coexist.model.Phase;
import org.coexist.rules.Finding;
import org.coexist.ui.present.PresentationMode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class PresentationModeTest extends ShellTestBase {
    static final Path SAMPLE = Path.of("..", "assets", "samples", "ocs2007r2-to-lync2013.coexist.json");

    private PresentationMode presentation() {
        return window.presentation();
    }

    private void openSample() {
        assertTrue(load(SAMPLE));
    }

    private List<Phase> phases() {
        return fx(() -> topology().phases());
    }

    /** In the scene and visible all the way up. */
    private static boolean shown(Node node) {
        return fx(() -> {
            if (node.getScene() == null) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private void assertShowing(Phase phase) {
        assertEquals(phase.id(), fx(() -> context.phaseProperty().get()));
        assertEquals(phase.name(), fx(() -> presentation().captionName()));
    }

    @Test
    void f5PresentsTheFirstPhaseAloneAndEscRestoresTheWindow(FxRobot robot) {
        openSample();
        String selected = fx(() -> topology().elements().iterator().next().id());
        fx(() -> context.selection().select(selected));
        assertTrue(shown(window.palette()));

        press(robot, KeyCode.F5);

        assertTrue(fx(() -> presentation().presentingProperty().get()));
        assertFalse(shown(window.palette()), "palette hidden");
        assertFalse(shown(window.inspector()), "inspector hidden");
        assertFalse(shown(window.problems()), "problems hidden");
        assertFalse(shown(window.statusBar()), "status bar hidden");
        assertTrue(robot.lookup(".main-menu-bar").tryQuery().isEmpty(), "menus hidden");
        assertTrue(shown(window.canvas().node()));
        assertTrue(fx(() -> stage.getScene().getRoot().getStyleClass().contains(PresentationMode.PRESENTING)));
        assertTrue(fx(stage::isFullScreen));
        assertShowing(phases().get(0));

        press(robot, KeyCode.ESCAPE);

        assertFalse(fx(() -> presentation().presentingProperty().get()));
        assertTrue(shown(window.palette()));
        assertTrue(shown(window.inspector()));
        assertTrue(shown(window.problems()));
        assertTrue(shown(window.canvas().node()));
        assertTrue(robot.lookup(".main-menu-bar").tryQuery().isPresent());
        assertFalse(fx(stage::isFullScreen));
        assertFalse(fx(() -> stage.getScene().getRoot().getStyleClass().contains(PresentationMode.PRESENTING)));
        assertEquals(phases().get(0).id(), fx(() -> context.phaseProperty().get()), "the phase shown last");
        assertEquals(Set.of(selected), fx(() -> Set.copyOf(context.selection().ids())));
    }

    @Test
    void escReturnsToTheDesignerAtThePhaseShownLast(FxRobot robot) {
        openSample();
        press(robot, KeyCode.F5);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.ESCAPE);
        assertFalse(fx(() -> presentation().presentingProperty().get()));
        assertEquals(phases().get(2).id(), fx(() -> context.phaseProperty().get()));
    }

    @Test
    void clickerKeysStepThroughThePhasesAndStopAtTheEnds(FxRobot robot) {
        openSample();
        List<Phase> phases = phases();
        assertTrue(phases.size() >= 5, "the sample tells five phases");
        fx(() -> presentation().enter());
        assertShowing(phases.get(0));

        press(robot, KeyCode.LEFT);
        assertShowing(phases.get(0));
        press(robot, KeyCode.RIGHT);
        assertShowing(phases.get(1));
        press(robot, KeyCode.SPACE);
        assertShowing(phases.get(2));
        press(robot, KeyCode.PAGE_DOWN);
        assertShowing(phases.get(3));
        press(robot, KeyCode.LEFT);
        assertShowing(phases.get(2));
        press(robot, KeyCode.PAGE_UP);
        assertShowing(phases.get(1));
        for (int i = 0; i < phases.size() + 2; i++) {
            press(robot, KeyCode.PAGE_DOWN);
        }
        assertShowing(phases.get(phases.size() - 1));
    }

    @Test
    void findingsHideThenRevealOneByOne(FxRobot robot) {
        openSample();
        fx(() -> presentation().enter());
        press(robot, KeyCode.RIGHT);
        Phase phase = phases().get(1);
        List<Finding> findings = fx(() -> context.engine().validate(topology().without(phase.hidden())));
        assertFalse(findings.isEmpty(), "the second phase of the sample has a finding on purpose");
        Node canvas = window.canvas().node();

        press(robot, KeyCode.H);
        assertTrue(fx(() -> canvas.getStyleClass().contains(PresentationMode.FINDINGS_HIDDEN)));
        assertEquals("", fx(() -> presentation().cardText()), "nothing revealed yet");

        press(robot, KeyCode.R);
        Finding first = findings.stream().filter(Finding::isError).findFirst().orElse(findings.get(0));
        String card = fx(() -> presentation().cardText());
        assertTrue(card.contains(first.message()), card);
        assertTrue(card.contains(first.source().title()) && card.contains(first.source().address())
                && card.contains(first.source().quote()), card);
        assertEquals(Set.copyOf(first.subjects()), fx(() -> Set.copyOf(context.selection().ids())));

        press(robot, KeyCode.H);
        assertFalse(fx(() -> canvas.getStyleClass().contains(PresentationMode.FINDINGS_HIDDEN)));

        press(robot, KeyCode.A);
        Set<String> all = new java.util.HashSet<>();
        findings.forEach(f -> all.addAll(f.subjects()));
        assertEquals(all, fx(() -> Set.copyOf(context.selection().ids())));

        press(robot, KeyCode.RIGHT);
        assertEquals("", fx(() -> presentation().cardText()), "a new phase starts unrevealed");

        press(robot, KeyCode.H);
        press(robot, KeyCode.ESCAPE);
        assertFalse(fx(() -> canvas.getStyleClass().contains(PresentationMode.FINDINGS_HIDDEN)),
                "leaving shows the findings again");
    }

    @Test
    void aTopologyWithoutPhasesIsPresentedWhole(FxRobot robot) {
        String forest = addForest();
        assertTrue(forest != null);
        press(robot, KeyCode.F5);
        assertTrue(fx(() -> presentation().presentingProperty().get()));
        assertNull(fx(() -> context.phaseProperty().get()));
        assertEquals("Untitled", fx(() -> presentation().captionName()));
        press(robot, KeyCode.RIGHT);
        assertNull(fx(() -> context.phaseProperty().get()));
        press(robot, KeyCode.DELETE);
        assertEquals(1, fx(() -> topology().forests().size()), "presenting never edits");
        press(robot, KeyCode.ESCAPE);
    }
}
