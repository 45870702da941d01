package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.coexist.io.ProcessOwner;
import org.coexist.io.RecoveryCopy;
import org.coexist.model.Topology;
import org.coexist.model.ChangeSummary;
import org.coexist.ui.dialogs.FxDialogs;
import org.coexist.ui.files.RecoveryAnswer;
import org.coexist.ui.files.RecoveryOffer;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/** The real recovery dialog, as the user meets it at start-up: what it says of each copy, and its buttons. */
class RecoveryDialogTest extends ShellTestBase {
    private static final ProcessOwner GONE = new ProcessOwner(4_200_000L, null);

    private static RecoveryOffer onDisk() {
        ChangeSummary diff = new ChangeSummary(new ChangeSummary.Counts(0, 0, 0), new ChangeSummary.Counts(2, 1, 0),
                new ChangeSummary.Counts(0, 0, 3), new ChangeSummary.Counts(0, 0, 0), false);
        return new RecoveryOffer(new RecoveryCopy("disk", Path.of("/designs/contoso.coexist.json"), "Contoso",
                Instant.parse("2025-03-12T12:00:00Z"), GONE), new Topology("Contoso"), RecoveryOffer.Original.ON_DISK,
                diff, null);
    }

    private static RecoveryOffer untitled() {
        ChangeSummary diff = new ChangeSummary(new ChangeSummary.Counts(1, 0, 0), new ChangeSummary.Counts(4, 0, 0),
                new ChangeSummary.Counts(1, 0, 0), new ChangeSummary.Counts(0, 0, 0), false);
        return new RecoveryOffer(new RecoveryCopy("new", null, "Fabrikam", Instant.parse("2025-03-12T11:00:00Z"),
                GONE), new Topology("Fabrikam"), RecoveryOffer.Original.NONE, diff, null);
    }

    private AtomicReference<RecoveryAnswer> ask(List<RecoveryOffer> offers) {
        AtomicReference<RecoveryAnswer> answer = new AtomicReference<>();
        FxDialogs real = new FxDialogs(() -> stage, context.texts(), context.icons());
        Platform.runLater(() -> answer.set(real.askRecovery(offers)));
        return answer;
    }

    /** Waits until the dialog is up and the node is on screen (a closed dialog of an earlier test may linger). */
    private static void shown(FxRobot robot, String query) {
        waitUntil(() -> fx(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent()));
    }

    private static boolean shows(FxRobot robot, String text) {
        return robot.lookup(node -> node instanceof Label label && text.equals(label.getText())).tryQuery()
                .isPresent();
    }

    @Test
    void eachCopySaysWhatItHoldsAndDiscardThenRestoreAnswers(FxRobot robot) {
        AtomicReference<RecoveryAnswer> answer = ask(List.of(onDisk(), untitled()));
        shown(robot, "#recovery-restore-disk");

        assertTrue(shows(robot, "File: " + Path.of("/designs/contoso.coexist.json")));
        assertTrue(shows(robot, "Compared with the file on disk: 2 elements added, 1 element removed, "
                + "3 links changed"));
        assertTrue(shows(robot, "Never saved"));
        assertTrue(shows(robot, "Holds 1 forest, 4 elements, 1 link"));

        robot.clickOn("#recovery-discard-new");
        robot.clickOn("#recovery-restore-disk");
        waitUntil(() -> answer.get() != null);

        assertEquals("disk", answer.get().restore().copy().id());
        assertEquals(List.of("new"), answer.get().discard().stream().map(o -> o.copy().id()).toList());
    }

    @Test
    void decideLaterRestoresNothingAndDeletesNothing(FxRobot robot) {
        AtomicReference<RecoveryAnswer> answer = ask(List.of(untitled()));
        shown(robot, "#recovery-later");

        robot.clickOn("#recovery-later");
        waitUntil(() -> answer.get() != null);

        assertNull(answer.get().restore());
        assertEquals(List.of(), answer.get().discard());
    }
}
