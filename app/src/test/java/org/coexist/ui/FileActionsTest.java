package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.coexist.io.TopologyWriter;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.ui.files.FileQuestions.SaveChoice;
import org.coexist.ui.files.RecentFiles;
import org.coexist.ui.kernel.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class FileActionsTest extends ShellTestBase {
    @TempDir
    Path dir;

    @Test
    void titleMarksUnsavedChangesAndSaveClearsTheMark(FxRobot robot) {
        assertEquals("Untitled - Coexist", fx(stage::getTitle));
        addForest();
        assertEquals("*Untitled - Coexist", fx(stage::getTitle));

        Path file = dir.resolve("contoso.coexist.json");
        dialogs.filesToSave.add(file);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitForFiles();

        assertTrue(Files.exists(file), "Save on a new document asks where and writes there");
        assertEquals("contoso.coexist.json - Coexist", fx(stage::getTitle), "known by its file name once saved");
        assertEquals(file, fx(() -> context.document().file()));
    }

    @Test
    void savedTopologyReopensTheSame(FxRobot robot) throws Exception {
        String forest = addForest();
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2008);
        fx(() -> context.execute(context.edits().connect(topology(), pool, sql, LinkKind.BACKEND_STORE)));
        fx(() -> context.execute(context.edits().setProperty(topology(), pool, "host", "pool01")));
        byte[] before = fx(() -> new TopologyWriter().toBytes(topology()));

        Path file = dir.resolve("saved.coexist.json");
        dialogs.filesToSave.add(file);
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        waitForFiles();
        robot.clickOn("#menu-file").clickOn("#menu-close");
        assertEquals(0, fx(() -> topology().elements().size()), "Close leaves a new empty document");

        dialogs.filesToOpen.add(file);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        waitForFiles();

        assertArrayEquals(before, fx(() -> new TopologyWriter().toBytes(topology())));
        assertEquals("saved.coexist.json", fx(() -> context.document().file().getFileName().toString()));
        assertFalse(fx(() -> context.document().commands().isModified()));
    }

    @Test
    void refusedFileShowsItsMessageAndKeepsTheDocument(FxRobot robot) throws Exception {
        addForest();
        Document open = fx(context::document);
        Path bad = dir.resolve("bad.coexist.json");
        Files.writeString(bad, "{ \"format\": \"coexist-topology\", ");
        dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        dialogs.filesToOpen.add(bad);

        press(robot, KeyCode.CONTROL, KeyCode.O);
        waitForFiles();

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("bad.coexist.json"), dialogs.errors.get(0));
        assertSame(open, fx(context::document));
        assertEquals(1, fx(() -> topology().forests().size()));
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheDocument(FxRobot robot) {
        addForest();
        Document open = fx(context::document);
        dialogs.saveAnswers.add(SaveChoice.CANCEL);

        robot.clickOn("#menu-file").clickOn("#menu-new");

        assertEquals(1, dialogs.askedToSave.size());
        assertSame(open, fx(context::document));
        assertTrue(fx(() -> context.document().commands().isModified()));

        dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        assertEquals(2, dialogs.askedToSave.size());
        assertEquals(0, fx(() -> topology().forests().size()));
        assertEquals("Untitled - Coexist", fx(stage::getTitle));
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst() {
        addForest();
        dialogs.saveAnswers.add(SaveChoice.CANCEL);
        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, dialogs.askedToSave.size());
        assertTrue(fx(stage::isShowing), "Cancel keeps the window open");
    }

    @Test
    void openRecentRemembersFilesAcrossSessions(FxRobot robot) {
        addForest();
        Path file = dir.resolve("recent.coexist.json");
        dialogs.filesToSave.add(file);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitForFiles();

        RecentFiles nextSession = new RecentFiles(prefs);
        assertEquals(file.toAbsolutePath().normalize(), nextSession.files().get(0));

        robot.clickOn("#menu-file").clickOn("#menu-new");
        assertEquals(0, fx(() -> topology().forests().size()));
        robot.clickOn("#menu-file").clickOn("#menu-openRecent").clickOn(r -> r instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().contains("recent.coexist.json"));
        waitUntil(() -> fx(() -> topology().forests().size()) == 1);
        assertEquals(file, fx(() -> context.document().file()));
    }
}
