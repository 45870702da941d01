package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Another program changes the open file: the designer notices, reloads or asks, and never saves blindly over it. */
class DiskChangesTest extends ShellTestBase {
    private static final TopologyReader READER = new TopologyReader(CATALOG);
    private static final TopologyWriter WRITER = new TopologyWriter();

    @TempDir
    Path dir;

    private Path openSample() {
        Path file = dir.resolve("lync.coexist.json");
        try {
            Files.copy(PresentationModeTest.SAMPLE, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(load(file));
        return file;
    }

    /** What another editor (or a git checkout) writes: the file with one more forest. */
    private static Topology writeElsewhere(Path file, String forestName) throws Exception {
        Topology theirs = READER.read(file);
        theirs.addForest(new Forest(forestName, forestName + ".example", 2000, 2000, 400, 300));
        Files.write(file, WRITER.toBytes(theirs));
        return theirs;
    }

    private int forests() {
        return fx(() -> topology().forests().size());
    }

    @Test
    void anUnchangedDocumentIsReloadedAtOnceWithANotice(FxRobot robot) throws Exception {
        Path file = openSample();
        int before = forests();
        fx(() -> window.canvas().zoomProperty().set(0.8));

        writeElsewhere(file, "theirs");

        waitUntil(() -> fx(() -> topology().forest("theirs") != null));
        assertEquals(before + 1, forests());
        assertFalse(fx(() -> context.document().isModified()));
        assertEquals(file, fx(() -> context.document().file()));
        assertEquals(0, dialogs.reloadAsked.size(), "nothing to lose: no question");
        assertEquals(0.8, fx(() -> window.canvas().zoomProperty().get()), 1e-9, "the view stays as it was");
        String notice = fx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText());
        assertTrue(notice.contains("Reloaded lync.coexist.json"), notice);
    }

    @Test
    void unsavedChangesAreKeptWhenTheUserSaysSoAndSavingOverTheFileAsksFirst(FxRobot robot) throws Exception {
        Path file = openSample();
        addForest();
        int mine = forests();

        writeElsewhere(file, "theirs");
        waitUntil(() -> dialogs.reloadAsked.size() == 1);
        waitForFiles();

        assertEquals(file, dialogs.reloadAsked.get(0));
        assertEquals(mine, forests(), "Keep Mine keeps the unsaved edit");
        assertTrue(fx(() -> context.document().isModified()));
        byte[] theirs = Files.readAllBytes(file);

        dialogs.overwriteAnswers.add(false);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitForFiles();
        assertEquals(1, dialogs.overwriteAsked.size());
        assertArrayEquals(theirs, Files.readAllBytes(file), "not saved over without asking");
        assertTrue(fx(() -> context.document().isModified()));

        dialogs.overwriteAnswers.add(true);
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitForFiles();
        assertEquals(2, dialogs.overwriteAsked.size());
        assertArrayEquals(fx(() -> WRITER.toBytes(topology())), Files.readAllBytes(file));
        assertFalse(fx(() -> context.document().isModified()));

        // What the designer wrote itself is no change on disk: the next save does not ask.
        addForest();
        press(robot, KeyCode.CONTROL, KeyCode.S);
        waitForFiles();
        assertEquals(2, dialogs.overwriteAsked.size());
        assertEquals(1, dialogs.reloadAsked.size());
    }

    @Test
    void reloadGivesUpTheUnsavedChangesForTheFile() throws Exception {
        Path file = openSample();
        addForest();
        dialogs.reloadAnswers.add(true);

        Topology theirs = writeElsewhere(file, "theirs");

        waitUntil(() -> fx(() -> topology().forest("theirs") != null));
        assertEquals(theirs.forests().size(), forests());
        assertFalse(fx(() -> context.document().isModified()));
        assertEquals(1, dialogs.reloadAsked.size());
    }
}
