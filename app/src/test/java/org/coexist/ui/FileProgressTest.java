package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.coexist.model.Topology;
import org.coexist.ui.files.FileQuestions.SaveChoice;
import org.coexist.ui.files.IoTopologyStore;
import org.coexist.ui.files.TopologyStore;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.FileStamp;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A file that takes long to read: the status bar shows how far it got and a Cancel, the window stays usable, and
 * a cancelled open leaves the open document as it was.
 */
class FileProgressTest extends ShellTestBase {
    private final CountDownLatch release = new CountDownLatch(1);

    /** Reads half the file at once, then waits for the test to let it finish (or for a Cancel). */
    @Override
    TopologyStore store() {
        TopologyStore real = new IoTopologyStore(CATALOG);
        return new TopologyStore() {
            @Override
            public Loaded read(Path file, Progress progress) throws RefusedFileException {
                progress.update(50, 100);
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new CancellationException("cancelled while reading " + file);
                }
                return real.read(file, progress);
            }

            @Override
            public FileStamp write(Topology topology, Path file) throws IOException {
                return real.write(topology, file);
            }
        };
    }

    private Node progress(FxRobot robot) {
        return robot.lookup("#file-progress").query();
    }

    @Test
    void cancellingASlowOpenLeavesTheDocumentAsItWas(FxRobot robot) {
        String forest = addForest();
        Document open = fx(context::document);
        dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        dialogs.filesToOpen.add(PresentationModeTest.SAMPLE);

        press(robot, KeyCode.CONTROL, KeyCode.O);

        waitUntil(() -> fx(() -> progress(robot).isVisible()));
        assertTrue(fx(() -> window.actions().open.disabledProperty().get()), "one open at a time");
        String message = fx(() -> robot.lookup("#file-progress-message").queryAs(Label.class).getText());
        assertTrue(message.contains("ocs2007r2-to-lync2013.coexist.json"), message);
        // The window still answers while the file is read.
        double zoom = fx(() -> window.canvas().zoomProperty().get());
        robot.clickOn("#tool-zoomIn");
        assertTrue(fx(() -> window.canvas().zoomProperty().get()) > zoom);

        robot.clickOn("#file-progress-cancel");
        waitForFiles();

        assertSame(open, fx(context::document));
        assertTrue(fx(() -> topology().forest(forest) != null));
        assertTrue(fx(() -> context.document().isModified()), "still unsaved, still there");
        assertFalse(fx(() -> progress(robot).isVisible()));
        assertFalse(fx(() -> window.actions().open.disabledProperty().get()));
        String notice = fx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText());
        assertTrue(notice.contains("cancelled"), notice);
        assertEquals(0, dialogs.errors.size());
    }

    @Test
    void aSlowOpenThatFinishesShowsTheFile(FxRobot robot) {
        dialogs.filesToOpen.add(PresentationModeTest.SAMPLE);
        press(robot, KeyCode.CONTROL, KeyCode.O);
        waitUntil(() -> fx(() -> progress(robot).isVisible()));

        release.countDown();
        waitForFiles();

        assertEquals(PresentationModeTest.SAMPLE, fx(() -> context.document().file()));
        assertFalse(fx(() -> progress(robot).isVisible()));
        assertFalse(fx(() -> context.document().isModified()));
    }
}
