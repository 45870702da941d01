package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.coexist.ui.files.FileQuestions.SaveChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Issue 9, defect 1: a saved document is known by its file; its topology's name is edited in its own dialog. */
class DocumentNameTest extends ShellTestBase {
    @TempDir
    Path dir;

    @Test
    void saveAsNamesTheTitleBarAndTheUnsavedChangesPromptAfterTheFile(FxRobot robot) {
        addForest();
        dialogs.filesToSave.add(dir.resolve("mine.coexist.json"));
        robot.clickOn("#menu-file").clickOn("#menu-saveAs");
        assertEquals("mine.coexist.json - Coexist", fx(stage::getTitle));

        addForest();
        assertEquals("*mine.coexist.json - Coexist", fx(stage::getTitle));
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        robot.clickOn("#menu-file").clickOn("#menu-new");
        assertEquals("mine.coexist.json", dialogs.askedToSave.get(0));
    }

    @Test
    void documentPropertiesNameTheTopologyInOneUndoableCommand(FxRobot robot) {
        assertEquals("", fx(() -> topology().name()), "a new topology has no English name of its own");
        robot.clickOn("#menu-file").clickOn("#menu-documentProperties");
        waitUntil(() -> robot.lookup("#properties-name").tryQuery().isPresent());
        TextField name = robot.lookup("#properties-name").queryAs(TextField.class);
        assertEquals("Untitled", fx(name::getPromptText));
        javafx.scene.control.Label caption = fx(() -> (javafx.scene.control.Label) robot.lookup(n ->
                n instanceof javafx.scene.control.Label l && l.getLabelFor() == name).query());
        assertTrue(fx(caption::getWidth) >= fx(() -> caption.prefWidth(-1)) - 0.5, "the caption reads whole");
        robot.clickOn(name).write("Contoso migration");
        robot.clickOn("#properties-description").write("OCS 2007 R2 to Lync 2013, side by side");
        robot.clickOn("OK");

        waitUntil(() -> fx(() -> topology().name()).equals("Contoso migration"));
        assertEquals("OCS 2007 R2 to Lync 2013, side by side", fx(() -> topology().description()));
        assertEquals("Change description", fx(() -> context.document().commands().undoName().orElseThrow()));
        assertEquals("*Contoso migration - Coexist", fx(stage::getTitle), "unsaved, it goes by its name");

        dialogs.filesToSave.add(dir.resolve("contoso.coexist.json"));
        press(robot, KeyCode.CONTROL, KeyCode.S);
        assertEquals("contoso.coexist.json - Coexist", fx(stage::getTitle), "saved, by its file");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", fx(() -> topology().name()), "one undo takes name and description back");
        assertNull(fx(() -> topology().description()));
    }

    @Test
    void renamingAloneIsNamedSoInTheEditMenu(FxRobot robot) {
        robot.clickOn("#menu-file").clickOn("#menu-documentProperties");
        waitUntil(() -> robot.lookup("#properties-name").tryQuery().isPresent());
        robot.clickOn("#properties-name").write("Fabrikam");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> topology().name()).equals("Fabrikam"));
        assertEquals("Rename topology", fx(() -> context.document().commands().undoName().orElseThrow()));
    }
}
