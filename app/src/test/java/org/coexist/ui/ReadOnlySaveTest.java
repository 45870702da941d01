package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Saving over a read-only file tells the user so, in one line, and keeps both the file and the changes. */
class ReadOnlySaveTest extends ShellTestBase {
    @TempDir
    Path dir;

    @Test
    void saveOverAReadOnlyFileSaysSoAndKeepsTheFileAndTheChanges(FxRobot robot) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        addForest();
        Path file = dir.resolve("protected.coexist.json");
        dialogs.filesToSave.add(file);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        byte[] saved = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        addForest();
        press(robot, KeyCode.CONTROL, KeyCode.S);

        assertEquals(1, dialogs.errors.size());
        assertEquals(file + " is read-only, so it was left as it was. Use Save As to save under another name.",
                dialogs.errors.get(0));
        assertArrayEquals(saved, Files.readAllBytes(file));
        assertTrue(fx(() -> context.document().commands().isModified()), "the changes are still to be saved");
        assertTrue(fx(stage::getTitle).startsWith("*"), "the title still marks unsaved changes");
    }
}
