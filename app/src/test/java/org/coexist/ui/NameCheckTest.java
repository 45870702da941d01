package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 9, defect 5: names are checked as they are typed, the reason is shown at the field, and never saved. */
class NameCheckTest extends ShellTestBase {

    private TextField nameField(FxRobot robot) {
        return robot.lookup("#inspector-name").queryAs(TextField.class);
    }

    private Label reason(FxRobot robot) {
        return robot.lookup("#inspector-name-problem").queryAs(Label.class);
    }

    private boolean marked(FxRobot robot) {
        return fx(() -> nameField(robot).getPseudoClassStates().contains(
                javafx.css.PseudoClass.getPseudoClass("invalid")));
    }

    @Test
    void anEmptyNameIsRefusedWithItsReasonUnderTheField(FxRobot robot) {
        String forest = addForest();
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        fx(() -> context.selection().select(pool));
        String undoBefore = fx(() -> window.actions().undo.textProperty().get());

        robot.doubleClickOn("#inspector-name").eraseText(6);
        waitUntil(() -> fx(() -> reason(robot).isVisible()));
        assertEquals(context.texts().get("inspector.name.blank"), fx(() -> reason(robot).getText()));
        assertTrue(marked(robot), "the field is marked while the name is empty");

        robot.type(KeyCode.ENTER);
        assertEquals("pool01", fx(() -> topology().element(pool).name()), "Enter saves no empty name");
        assertEquals(undoBefore, fx(() -> window.actions().undo.textProperty().get()), "no command ran");

        robot.write("pool-east");
        waitUntil(() -> fx(() -> !reason(robot).isVisible()));
        assertFalse(marked(robot));
        robot.type(KeyCode.ENTER);
        assertEquals("pool-east", fx(() -> topology().element(pool).name()));
    }

    @Test
    void anotherElementsNameIsRefusedAndLeavingTheFieldPutsTheNameBack(FxRobot robot) {
        String forest = addForest();
        addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        String edge = addElement(forest, ElementType.EDGE_SERVER, ProductVersion.LYNC_2013);
        fx(() -> context.selection().select(edge));
        String edgeName = fx(() -> topology().element(edge).name());

        robot.doubleClickOn("#inspector-name").eraseText(edgeName.length()).write("POOL01");
        waitUntil(() -> fx(() -> reason(robot).isVisible()));
        assertEquals("Another element is already named pool01 (Front End Pool).",
                fx(() -> reason(robot).getText()), "case does not make two names of one");
        robot.type(KeyCode.ENTER);
        assertEquals(edgeName, fx(() -> topology().element(edge).name()));

        robot.clickOn("#inspector-prop-host");
        assertEquals(edgeName, fx(() -> nameField(robot).getText()), "the last good name is back");
        assertEquals(edgeName, fx(() -> topology().element(edge).name()));
    }

    @Test
    void forestsAreCheckedToo(FxRobot robot) {
        String first = addForest();
        String second = addForest();
        fx(() -> context.selection().select(second));
        String firstName = fx(() -> topology().forest(first).name());

        robot.doubleClickOn("#inspector-name").eraseText(30).write(firstName).type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> reason(robot).isVisible()));
        assertEquals("Another forest is already named " + firstName + ".", fx(() -> reason(robot).getText()));
        assertFalse(fx(() -> topology().forest(second).name()).equals(firstName));
    }
}
