package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.rules.Finding;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class ProblemsPanelTest extends ShellTestBase {

    @Test
    void unsupportedLinkIsListedAndDoubleClickSelectsItsSubjects(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        assertTrue(fx(() -> window.problems().shownFindings().isEmpty()));

        // Homed on needs a pool at its end: a SQL instance does not fit.
        fx(() -> context.execute(context.edits().connect(topology(), client, sql, LinkKind.HOMED_ON)));

        List<Finding> shown = fx(() -> window.problems().shownFindings());
        assertEquals(1, shown.size());
        assertEquals("link-kind-endpoints", shown.get(0).rule());
        String link = shown.get(0).subjects().get(0);
        assertEquals("Errors (1)", fx(() -> robot.lookup("#problems-errors").queryLabeled().getText()));
        assertEquals("1 error", fx(() -> robot.lookup("#status-errors").queryLabeled().getText()));

        robot.doubleClickOn(robot.lookup(".table-row-cell").match(n -> ((TableRow<?>) n).getItem() != null)
                .queryAs(TableRow.class));
        assertEquals(List.of(link), fx(() -> List.copyOf(context.selection().ids())));
        assertTrue(fx(() -> robot.lookup("#inspector-kind").tryQuery().isPresent()),
                "the inspector shows the selected link");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(fx(() -> window.problems().shownFindings().isEmpty()), "undo removes the finding's row");
    }

    @Test
    void filterButtonsHideASeverity(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        fx(() -> context.execute(context.edits().connect(topology(), client, sql, LinkKind.HOMED_ON)));
        assertEquals(1, fx(() -> window.problems().shownFindings().size()));

        robot.clickOn("#problems-errors");
        assertEquals(0, fx(() -> window.problems().shownFindings().size()));
        robot.clickOn("#problems-errors");
        assertEquals(1, fx(() -> window.problems().shownFindings().size()));
    }
}
