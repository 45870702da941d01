package org.coexist.ui;

import org.coexist.ui.kernel.CanvasTool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The canvas tools are a ControlsFX segmented button that always shows the tool in use. */
class ToolTogglesTest extends ShellTestBase {

    private boolean selected(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theToolInUseIsSelectedFromTheStartAndStaysSoWhenClickedAgain(FxRobot robot) {
        assertTrue(selected(robot, "#tool-select"), "Select is shown as the tool at start");
        assertTrue(fx(() -> robot.lookup("#tool-select").query().getParent().getParent()
                .getStyleClass().contains("segmented-button")), "a ControlsFX segmented button");

        robot.clickOn("#tool-connect");
        assertEquals(CanvasTool.CONNECT, fx(() -> window.canvas().toolProperty().get()));
        assertFalse(selected(robot, "#tool-select"));
        robot.clickOn("#tool-connect");
        assertTrue(selected(robot, "#tool-connect"), "clicking the selected tool keeps it");

        fx(() -> window.canvas().toolProperty().set(CanvasTool.SELECT));
        assertTrue(selected(robot, "#tool-select"), "follows the canvas");
    }
}
