package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class InspectorTest extends ShellTestBase {

    @Test
    void versionChangeIsOneUndoableCommand(FxRobot robot) {
        String forest = addForest();
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        fx(() -> context.selection().select(pool));

        robot.clickOn("#inspector-version").clickOn("Lync Server 2010");

        assertEquals(ProductVersion.LYNC_2010, fx(() -> topology().element(pool).version()));
        assertEquals("_Undo Change version of pool01", fx(() -> window.actions().undo.textProperty().get()));
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ProductVersion.LYNC_2013, fx(() -> topology().element(pool).version()));
        ComboBox<?> shown = robot.lookup("#inspector-version").queryAs(ComboBox.class);
        assertEquals(ProductVersion.LYNC_2013, fx(shown::getValue), "the inspector follows undo");
        assertTrue(fx(() -> shown.getItems().stream().allMatch(
                v -> CATALOG.spec(ElementType.FRONT_END_POOL).versions().contains(v))));
    }

    @Test
    void renameCommitsOnEnterAndHostIsAProperty(FxRobot robot) {
        String forest = addForest();
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        fx(() -> context.selection().select(pool));

        robot.doubleClickOn("#inspector-name").eraseText(6).write("pool-east").type(KeyCode.ENTER);
        assertEquals("pool-east", fx(() -> topology().element(pool).name()));
        assertEquals("pool-east (Front End Pool)",
                fx(() -> robot.lookup("#status-selection").queryLabeled().getText()));

        robot.clickOn("#inspector-prop-host").write("lync01").type(KeyCode.ENTER);
        assertEquals("lync01", fx(() -> topology().element(pool).stringProperty("host")));
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(null, fx(() -> topology().element(pool).stringProperty("host")));
    }
}
