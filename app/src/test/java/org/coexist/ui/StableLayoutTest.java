package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.coexist.model.Phase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9, defect 4: stepping through phases with long names leaves the side panels' widths alone, the window has
 * a minimum size, and the problems panel comes back at its height after the window is shrunk and restored.
 */
class StableLayoutTest extends ShellTestBase {

    private void longPhases() {
        fx(() -> {
            String forest = addForestNow();
            for (int i = 1; i <= 6; i++) {
                context.execute(context.edits().phases().add(topology(),
                        "Move the users of pool0" + i + " to the Lync Server 2013 pool side by side, then retire it",
                        topology().phases().size()));
            }
            return forest;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String addForestNow() {
        var command = context.edits().addForest(topology(), 40, 40, 600, 400);
        context.execute(command);
        return ((org.coexist.model.edit.Edit.OfForest) command.edits().get(0)).after().id();
    }

    private double[] sideWidths() {
        return fx(() -> new double[] {window.palette().getWidth(), window.inspector().getWidth()});
    }

    @Test
    void steppingThroughLongPhaseNamesKeepsThePanelsWidths(FxRobot robot) {
        longPhases();
        double[] before = sideWidths();
        assertTrue(before[0] >= 250, "the palette has its width: " + before[0]);
        List<String> ids = fx(() -> topology().phases().stream().map(Phase::id).toList());
        for (String id : ids) {
            robot.clickOn("#phase-chip-" + id);
            double[] now = sideWidths();
            assertEquals(before[0], now[0], 0.5, "the palette keeps its width at phase " + id);
            assertEquals(before[1], now[1], 0.5, "the inspector keeps its width at phase " + id);
        }
        fx(() -> window.canvas().node().requestFocus());
        press(robot, KeyCode.CONTROL, KeyCode.LEFT);
        assertEquals(before[0], sideWidths()[0], 0.5);
    }

    @Test
    void theWindowHasAMinimumSizeThePanelsFitIn() {
        assertTrue(fx(stage::getMinWidth) >= 900 && fx(stage::getMinWidth) <= 1024, "" + fx(stage::getMinWidth));
        assertTrue(fx(stage::getMinHeight) >= 600 && fx(stage::getMinHeight) <= 700, "" + fx(stage::getMinHeight));
    }

    @Test
    void theProblemsPanelComesBackAfterTheWindowIsShrunkAndRestored() {
        longPhases();
        double before = fx(() -> window.bottomTabs().getHeight());
        double[] sides = sideWidths();
        assertTrue(before > 120, "about five rows: " + before);
        fx(() -> {
            // As a desktop without a window manager does (Xvfb): the minimum size is not enforced.
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setWidth(800);
            stage.setHeight(360);
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> fx(() -> Math.abs(window.bottomTabs().getHeight() - before) < 2));
        assertEquals(before, fx(() -> window.bottomTabs().getHeight()), 2);
        assertEquals(sides[0], sideWidths()[0], 2, "the palette's width is back");
        assertEquals(sides[1], sideWidths()[1], 2, "the inspector's width is back");
    }
}
