package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.coexist.io.ProcessOwner;
import org.coexist.io.RecoveryCopy;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.ChangeSummary;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.ui.files.FileQuestions.SaveChoice;
import org.coexist.ui.files.RecoveryAnswer;
import org.coexist.ui.files.RecoveryOffer;
import org.coexist.ui.kernel.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Unsaved work survives a crash: a copy follows the edits, goes when they are saved or given up, and a copy a
 * gone designer left is offered back at start-up; a running designer's copies are never offered.
 */
class RecoveryTest extends ShellTestBase {
    private static final TopologyReader READER = new TopologyReader(CATALOG);
    private static final TopologyWriter WRITER = new TopologyWriter();

    @TempDir
    Path dir;

    /** A sample in a folder of the test's own, opened as the user would from the command line. */
    private Path openSample() throws Exception {
        Path file = dir.resolve("lync.coexist.json");
        Files.copy(PresentationModeTest.SAMPLE, file);
        assertTrue(load(file));
        return file;
    }

    /** Clicks into the canvas, selects everything and nudges it one grid step right: one edit, by the user. */
    private void nudgeEverything(FxRobot robot) {
        robot.clickOn(window.canvas().node());
        press(robot, KeyCode.CONTROL, KeyCode.A);
        press(robot, KeyCode.RIGHT);
        assertTrue(fx(() -> context.document().isModified()));
    }

    private Path copyOf(String id) {
        return services.recovery().copyFile(id);
    }

    @Test
    void anEditIsCopiedSoonAfterAndSavingRemovesTheCopy(FxRobot robot) throws Exception {
        Path file = openSample();
        String id = fx(() -> context.document().recoveryId());
        assertFalse(Files.exists(copyOf(id)), "no copy while nothing is unsaved");

        nudgeEverything(robot);

        waitUntil(() -> Files.exists(copyOf(id)));
        byte[] edited = fx(() -> WRITER.toBytes(topology()));
        assertArrayEquals(edited, WRITER.toBytes(READER.read(copyOf(id))), "the copy holds the edit");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(file), edited), "the file does not, yet");
        String about = Files.readString(services.recovery().aboutFile(id));
        assertTrue(about.contains(file.getFileName().toString()), about);
        assertTrue(about.contains("\"pid\" : " + ProcessHandle.current().pid()), about);

        press(robot, KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> !Files.exists(copyOf(id)) && !Files.exists(services.recovery().aboutFile(id)));
        assertArrayEquals(edited, Files.readAllBytes(file));
    }

    @Test
    void undoingToTheSavedStateOrDiscardingRemovesTheCopy(FxRobot robot) throws Exception {
        openSample();
        String id = fx(() -> context.document().recoveryId());
        nudgeEverything(robot);
        waitUntil(() -> Files.exists(copyOf(id)));

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !Files.exists(copyOf(id)));

        nudgeEverything(robot);
        waitUntil(() -> Files.exists(copyOf(id)));
        dialogs.saveAnswers.add(SaveChoice.DONT_SAVE);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !Files.exists(copyOf(id)));
        assertEquals(0, fx(() -> topology().elements().size()));
    }

    @Test
    void aCopyLeftByAGoneDesignerIsOfferedAndRestoredUnsavedAsItsFile(FxRobot robot) throws Exception {
        Path original = dir.resolve("contoso.coexist.json");
        Files.copy(PresentationModeTest.SAMPLE, original);
        Topology lost = READER.read(original);
        String forest = lost.forests().iterator().next().id();
        lost.addElement(new Element("lost-pool", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool09",
                forest, 400, 400));
        services.recovery().write(new RecoveryCopy("crashed", original, lost.name(), Instant.now(),
                new ProcessOwner(deadPid(), null)), lost);
        dialogs.recoveryAnswers.add(offers -> new RecoveryAnswer(offers.get(0), List.of()));

        assertTrue(offer());

        assertEquals(1, dialogs.recoveryOffered.size());
        RecoveryOffer offered = dialogs.recoveryOffered.get(0).get(0);
        assertEquals(RecoveryOffer.Original.ON_DISK, offered.original());
        assertEquals(new ChangeSummary.Counts(1, 0, 0), offered.diff().elements());
        assertTrue(offered.diff().links().isEmpty() && offered.diff().forests().isEmpty());
        assertEquals(original, fx(() -> context.document().file()));
        assertTrue(fx(() -> context.document().isModified()), "restored work is unsaved");
        assertTrue(fx(stage::getTitle).startsWith("*"), fx(stage::getTitle));
        assertNotNull(fx(() -> topology().element("lost-pool")));
        String note = context.texts().format("notice.restored", "contoso.coexist.json");
        waitUntil(() -> fx(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && note.equals(l.getText())).tryQuery().isPresent())); // a note says the work is back, unsaved
        waitUntil(() -> services.recovery().leftovers().isEmpty()); // this designer owns the copy now

        press(robot, KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> !Files.exists(copyOf("crashed")));
        assertNotNull(READER.read(original).element("lost-pool"));
        assertFalse(fx(() -> context.document().isModified()));
        assertEquals(List.of(), dialogs.overwriteAsked, "the file is as it was when the copy was offered");
    }

    @Test
    void discardDeletesTheCopiesAndKeepsTheDocument() throws Exception {
        Topology untitled = new Topology("Fabrikam");
        services.recovery().write(new RecoveryCopy("u1", null, "Fabrikam", Instant.now(),
                new ProcessOwner(deadPid(), null)), untitled);
        services.recovery().write(new RecoveryCopy("m1", dir.resolve("moved.coexist.json"), "Moved",
                Instant.now().minusSeconds(60), new ProcessOwner(deadPid(), null)), READER.read(
                PresentationModeTest.SAMPLE));
        Document open = fx(context::document);
        dialogs.recoveryAnswers.add(offers -> new RecoveryAnswer(null, offers));

        assertFalse(offer());

        List<RecoveryOffer> offered = dialogs.recoveryOffered.get(0);
        assertEquals(List.of("u1", "m1"), offered.stream().map(o -> o.copy().id()).toList(), "newest first");
        assertEquals(RecoveryOffer.Original.NONE, offered.get(0).original());
        assertEquals(RecoveryOffer.Original.MISSING, offered.get(1).original());
        waitUntil(() -> !Files.exists(copyOf("u1")) && !Files.exists(copyOf("m1")));
        assertSame(open, fx(context::document));
        assertEquals(List.of(), services.recovery().leftovers());
    }

    @Test
    void aCopyOfARunningDesignerIsNeverOffered() throws Exception {
        services.recovery().write(new RecoveryCopy("other", null, "Theirs", Instant.now(),
                ProcessOwner.current()), new Topology("Theirs"));

        assertFalse(offer());

        assertEquals(List.of(), dialogs.recoveryOffered);
        assertTrue(Files.exists(copyOf("other")));
    }

    @Test
    void decidingLaterKeepsTheCopyForTheNextStart() throws Exception {
        services.recovery().write(new RecoveryCopy("later", null, "Later", Instant.now(),
                new ProcessOwner(deadPid(), null)), new Topology("Later"));

        assertFalse(offer());

        assertEquals(1, dialogs.recoveryOffered.size());
        assertEquals(List.of("later"), services.recovery().leftovers().stream().map(RecoveryCopy::id).toList());
    }

    private boolean offer() throws Exception {
        return fx(() -> window.recovery().offer().toCompletableFuture()).get(10, TimeUnit.SECONDS);
    }

    /** A pid no process has. */
    private static long deadPid() {
        long pid = 4_194_304L + 4_321;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
