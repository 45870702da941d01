package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class EditMenuTest extends ShellTestBase {

    @Test
    void undoAndRedoNameTheCommandAndAreDisabledWithoutOne(FxRobot robot) {
        assertTrue(fx(() -> window.actions().undo.disabledProperty().get()));
        assertEquals("_Undo", fx(() -> window.actions().undo.textProperty().get()));
        addForest();

        robot.clickOn("#menu-edit");
        robot.clickOn(r -> r instanceof Labeled l && "_Undo Add forest forest01.local".equals(l.getText()));
        assertEquals(0, fx(() -> topology().forests().size()));
        assertEquals("_Redo Add forest forest01.local", fx(() -> window.actions().redo.textProperty().get()));
        assertTrue(fx(() -> window.actions().undo.disabledProperty().get()));

        press(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, fx(() -> topology().forests().size()));
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, fx(() -> topology().forests().size()), "Ctrl+Shift+Z redoes too");
        assertFalse(fx(() -> window.actions().undo.disabledProperty().get()));
    }

    @Test
    void copyPasteKeepsLinksAmongCopiesAndDeleteUndoes(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        fx(() -> context.execute(context.edits().connect(topology(), client, pool, LinkKind.HOMED_ON)));
        fx(() -> context.selection().select(Set.of(client, pool)));

        press(robot, KeyCode.CONTROL, KeyCode.C);
        press(robot, KeyCode.CONTROL, KeyCode.V);
        assertEquals(4, fx(() -> topology().elements().size()));
        assertEquals(2, fx(() -> topology().links().size()), "the link between the copies is copied");
        assertEquals(3, fx(() -> context.selection().ids().size()), "the pasted copies are selected");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertTrue(fx(() -> context.selection().isEmpty()), "undoing the paste drops the copies from the selection");
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        fx(() -> context.selection().select(topology().elements().stream().skip(2).map(e -> e.id()).toList()));
        press(robot, KeyCode.DELETE);
        assertEquals(2, fx(() -> topology().elements().size()));
        press(robot, KeyCode.CONTROL, KeyCode.D);
        assertEquals(2, fx(() -> topology().elements().size()), "nothing selected, nothing duplicated");

        press(robot, KeyCode.CONTROL, KeyCode.A);
        assertEquals(4, fx(() -> context.selection().ids().size()), "forest, two elements and the link");
        press(robot, KeyCode.CONTROL, KeyCode.D);
        assertEquals(2, fx(() -> topology().forests().size()));
        assertEquals(4, fx(() -> topology().elements().size()));
        assertEquals("_Undo Duplicate 2 elements", fx(() -> window.actions().undo.textProperty().get()));
    }

    @Test
    void viewMenuTogglesTheProblemsPanelAndZoomShowsInTheStatusBar(FxRobot robot) {
        assertTrue(fx(() -> window.problems().getScene() != null));
        robot.clickOn("#menu-view").clickOn("#menu-showProblems");
        assertTrue(fx(() -> window.problems().getScene() == null));
        robot.clickOn("#menu-view").clickOn("#menu-showProblems");
        assertTrue(fx(() -> window.problems().getScene() != null));

        fx(() -> window.canvas().zoomProperty().set(1.0));
        press(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        String zoomed = fx(() -> robot.lookup("#status-zoom").queryLabeled().getText());
        assertEquals(Math.round(fx(() -> window.canvas().zoomProperty().get()) * 100) + " %", zoomed);
        assertFalse("100 %".equals(zoomed));
        press(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals("100 %", fx(() -> robot.lookup("#status-zoom").queryLabeled().getText()));
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        assertTrue(fx(() -> window.canvas().zoomProperty().get()) > 1.0, "Ctrl+Plus on a US keyboard zooms in");
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals("100 %", fx(() -> robot.lookup("#status-zoom").queryLabeled().getText()));
    }

    @Test
    void ruleCatalogListsTheEnginesRules(FxRobot robot) {
        robot.clickOn("#menu-help").clickOn("#menu-ruleCatalog");
        assertEquals(1, dialogs.ruleCatalogsShown.size());
        assertEquals(fx(() -> context.engine().rules()), dialogs.ruleCatalogsShown.get(0));
    }
}
