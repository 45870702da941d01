package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Phases through the robot. The design: a Lync client wrongly homed on a SQL instance (an error), a pool; phase
 * "Before" hides the SQL instance, so the error exists only in phase "After" and in the whole design.
 */
class PhasesTest extends ShellTestBase {

    @BeforeEach
    void openDesign() {
        Topology topology = new Topology("Phased");
        topology.addForest(new Forest("f", "contoso.com", 40, 40, 700, 420));
        topology.addElement(new Element("client", ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013, "users", "f",
                80, 100));
        topology.addElement(new Element("sql", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01", "f",
                400, 100));
        topology.addElement(new Element("pool", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01",
                "f", 80, 300));
        topology.addLink(new Link("wrong", LinkKind.HOMED_ON, "client", "sql"));
        topology.addPhase(new Phase("ph1", "Before", "", List.of("sql")));
        topology.addPhase(new Phase("ph2", "After", "", List.of()));
        fx(() -> context.documentProperty().set(new Document(topology, null, context.engine())));
    }

    private List<String> phaseIds() {
        return fx(() -> topology().phases().stream().map(Phase::id).toList());
    }

    private Node view(FxRobot robot, String id) {
        return robot.lookup("#view-" + id).query();
    }

    private void undo(FxRobot robot) {
        robot.clickOn("#tool-undo");
    }

    private void redo(FxRobot robot) {
        robot.clickOn("#tool-redo");
    }

    @Test
    void phasesAreAddedRenamedAnnotatedReorderedAndDeletedUndoably(FxRobot robot) {
        robot.clickOn("#tab-phases");
        robot.clickOn("#phase-add");
        assertEquals(3, phaseIds().size());
        String added = phaseIds().get(2);
        assertEquals(added, fx(() -> context.phaseProperty().get()), "the new phase is shown");
        // The name is selected for typing over.
        robot.write("Cutover");
        press(robot, KeyCode.ENTER);
        assertEquals("Cutover", fx(() -> topology().phase(added).name()));
        undo(robot);
        assertEquals("Phase 3", fx(() -> topology().phase(added).name()));
        redo(robot);
        assertEquals("Cutover", fx(() -> topology().phase(added).name()));

        robot.clickOn("#phase-notes");
        robot.write("Move the users.");
        robot.clickOn("#phase-name");
        assertEquals("Move the users.", fx(() -> topology().phase(added).notes()));
        assertEquals("Change notes of phase Cutover", fx(() -> context.document().commands().undoName().get()));
        undo(robot);
        assertEquals("", fx(() -> topology().phase(added).notes()));
        assertEquals("", fx(() -> robot.lookup("#phase-notes").queryTextInputControl().getText()));
        redo(robot);
        assertEquals("Move the users.", fx(() -> topology().phase(added).notes()));

        robot.clickOn("#phase-up");
        assertEquals(List.of("ph1", added, "ph2"), phaseIds());
        assertEquals(added, fx(() -> context.phaseProperty().get()), "the moved phase stays shown");
        undo(robot);
        assertEquals(List.of("ph1", "ph2", added), phaseIds());
        redo(robot);
        assertEquals(List.of("ph1", added, "ph2"), phaseIds());

        robot.clickOn("#phase-delete");
        assertEquals(List.of("ph1", "ph2"), phaseIds());
        assertNull(fx(() -> context.phaseProperty().get()), "a deleted phase is no longer shown");
        undo(robot);
        assertEquals(List.of("ph1", added, "ph2"), phaseIds());
        assertEquals("Move the users.", fx(() -> topology().phase(added).notes()), "it comes back whole");
    }

    @Test
    void theTrainersAnswerKeyIsEditedInOneUndoableCommandAndNotWrittenIntoTheNotes(FxRobot robot) {
        robot.clickOn("#tab-phases");
        robot.clickOn("#phase-add");
        String added = fx(() -> context.phaseProperty().get());
        press(robot, KeyCode.ENTER);
        robot.clickOn("#phase-answer-key");
        robot.write("The client is homed on SQL (link-kind-endpoints).");
        robot.clickOn("#phase-notes");
        assertEquals("The client is homed on SQL (link-kind-endpoints).",
                fx(() -> topology().phase(added).answerKey()));
        assertEquals("", fx(() -> topology().phase(added).notes()), "the room's notes stay as they were");
        assertEquals("Change answer key of phase Phase 3",
                fx(() -> context.document().commands().undoName().get()));
        undo(robot);
        assertEquals("", fx(() -> topology().phase(added).answerKey()));
        assertEquals("", fx(() -> robot.lookup("#phase-answer-key").queryTextInputControl().getText()));
        redo(robot);
        assertEquals("The client is homed on SQL (link-kind-endpoints).",
                fx(() -> robot.lookup("#phase-answer-key").queryTextInputControl().getText()));
    }

    @Test
    void aPhaseShowsWhatItDeploysAndOnlyItsOwnFindings(FxRobot robot) {
        List<Finding> whole = fx(() -> window.problems().shownFindings());
        assertEquals(List.of("link-kind-endpoints"), whole.stream().map(Finding::rule).toList());

        robot.clickOn("#phase-chip-ph1");
        assertEquals("ph1", fx(() -> context.phaseProperty().get()));
        assertTrue(fx(() -> window.problems().shownFindings().isEmpty()), "the wrong link is not in phase 1");
        assertEquals("No errors", fx(() -> robot.lookup("#status-errors").queryLabeled().getText()));
        assertEquals("Problems in phase 1", fx(() -> window.bottomTabs().getTabs().get(0).getText()));
        waitUntil(() -> view(robot, "sql").getStyleClass().contains("ghost")
                && view(robot, "wrong").getStyleClass().contains("ghost"));
        assertTrue(view(robot, "sql").isMouseTransparent(), "a ghost cannot be picked");
        assertFalse(view(robot, "client").getStyleClass().contains("ghost"));
        assertFalse(fx(() -> view(robot, "client").getStyleClass().contains("error")), "no stale highlight");

        fx(() -> window.actions().showGhosts.fire());
        waitUntil(() -> !view(robot, "sql").isVisible() && !view(robot, "wrong").isVisible());
        assertTrue(view(robot, "client").isVisible());

        robot.clickOn("#phase-chip-ph2");
        assertEquals(List.of("link-kind-endpoints"),
                fx(() -> window.problems().shownFindings().stream().map(Finding::rule).toList()));
        waitUntil(() -> view(robot, "sql").isVisible() && view(robot, "sql").getOpacity() == 1.0);
        assertEquals("1 error", fx(() -> robot.lookup("#status-errors").queryLabeled().getText()));
    }

    @Test
    void theStripCountsEachPhaseAndFollowsEdits(FxRobot robot) {
        waitUntil(() -> !window.phaseStrip().isCounting() && window.phaseStrip().shownCounts("ph1") != null);
        long[] before = fx(() -> window.phaseStrip().shownCounts("ph1"));
        long[] after = fx(() -> window.phaseStrip().shownCounts("ph2"));
        assertEquals(0, before[0]);
        assertEquals(1, after[0], "phase 2 has the wrong link");
        assertArrayEquals(expectedCounts("ph2"), after);
        assertArrayEquals(expectedCounts("ph1"), before);
        assertEquals(1, fx(() -> window.phaseStrip().shownCounts(null))[0]);

        fx(() -> context.execute(context.edits().delete(topology(), List.of("wrong"))));
        waitUntil(() -> !window.phaseStrip().isCounting() && window.phaseStrip().shownCounts("ph2")[0] == 0);
        assertEquals(0, fx(() -> window.phaseStrip().shownCounts(null))[0]);

        robot.clickOn("#phase-chip-ph2");
        assertEquals("ph2", fx(() -> context.phaseProperty().get()));
        robot.clickOn("#phase-chip-whole");
        assertNull(fx(() -> context.phaseProperty().get()));
    }

    private long[] expectedCounts(String phaseId) {
        return fx(() -> {
            List<Finding> findings = context.engine().validate(topology().without(topology().phase(phaseId).hidden()));
            long errors = findings.stream().filter(Finding::isError).count();
            return new long[] {errors, findings.size() - errors};
        });
    }

    @Test
    void introducedAndRetiredRewriteTheHiddenListsUndoably(FxRobot robot) {
        fx(() -> context.selection().select("pool"));
        assertEquals("\u2014", fx(() -> comboText(robot, "#inspector-introduced")));
        choose(robot, "#inspector-introduced", "2. After");
        assertEquals(List.of("sql", "pool"), fx(() -> topology().phase("ph1").hidden()));
        assertEquals(List.of(), fx(() -> topology().phase("ph2").hidden()));
        assertEquals("Change phases of pool01", fx(() -> context.document().commands().undoName().get()));
        undo(robot);
        assertEquals(List.of("sql"), fx(() -> topology().phase("ph1").hidden()));

        choose(robot, "#inspector-retired", "2. After");
        assertEquals(List.of("pool"), fx(() -> topology().phase("ph2").hidden()));
        assertEquals(List.of("sql"), fx(() -> topology().phase("ph1").hidden()));
        undo(robot);
        assertEquals(List.of(), fx(() -> topology().phase("ph2").hidden()));

        // Hidden lists that form no interval, as a hand-written file may have: shown as custom, left alone.
        fx(() -> context.execute(context.edits().phases().add(topology(), "Later", 2)));
        fx(() -> context.execute(context.edits().phases().setLifecycle(topology(), "client", 0, 1)));
        // Written straight into the model, as a file would be: no command, so the inspector is shown afresh.
        fx(() -> topology().replacePhase(topology().phases().get(2).withHidden(List.of())));
        fx(() -> context.selection().select("client"));
        assertEquals("Custom (set by the file)", fx(() -> comboText(robot, "#inspector-introduced")));
        assertEquals(List.of("client"), fx(() -> topology().phase("ph2").hidden()));
    }

    private static String comboText(FxRobot robot, String id) {
        ComboBox<?> combo = robot.lookup(id).queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> typed = (ComboBox<Object>) combo;
        return typed.getConverter().toString(typed.getValue());
    }

    private void choose(FxRobot robot, String comboId, String text) {
        robot.clickOn(comboId);
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match(n -> n instanceof Labeled l && text.equals(l.getText())).query();
        robot.clickOn(cell);
    }

    @Test
    void nextAndPreviousPhaseStepThroughThePlan(FxRobot robot) {
        fx(() -> window.canvas().node().requestFocus());
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals("ph1", fx(() -> context.phaseProperty().get()));
        // What phase 1 hides fades out to a ghost.
        waitUntil(() -> Math.abs(view(robot, "sql").getOpacity() - 0.22) < 1e-6);
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals("ph2", fx(() -> context.phaseProperty().get()));
        waitUntil(() -> view(robot, "sql").getOpacity() == 1.0);
        press(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals("ph2", fx(() -> context.phaseProperty().get()), "the last phase is the end");
        press(robot, KeyCode.ALT, KeyCode.LEFT);
        assertEquals("ph1", fx(() -> context.phaseProperty().get()));
        fx(() -> window.actions().previousPhase.fire());
        assertNull(fx(() -> context.phaseProperty().get()), "before phase 1 comes the whole design");
    }
}
