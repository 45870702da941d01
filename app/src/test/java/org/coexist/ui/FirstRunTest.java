package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.kernel.Texts;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a first-time user meets: the hint on the empty canvas, and the samples under File > Open Sample. */
class FirstRunTest extends ShellTestBase {
    private static final String EXCHANGE = "Fabrikam: Exchange Server 2003 to Exchange 2007 transition";

    /** File > Open Sample > the sample, clicking only what is on screen (a closed menu leaves its items behind). */
    private static void openSample(FxRobot robot, String sample) {
        robot.clickOn(shown(robot, "#menu-file"));
        Node openSample = shown(robot, "#menu-openSample");
        robot.clickOn(openSample);
        // Straight across into the submenu first: a diagonal path over Open Recent would close it.
        Bounds item = openSample.localToScreen(openSample.getBoundsInLocal());
        robot.moveBy(item.getWidth() / 2 + 30, 0);
        robot.clickOn(shown(robot, "#sample-" + sample));
    }

    private static Node shown(FxRobot robot, String selector) {
        return robot.lookup(selector).match((Node n) -> n.getScene() != null && n.isVisible()
                && n.getScene().getWindow().isShowing()).query();
    }

    private Node hint() {
        return window.root().lookup(".empty-hint");
    }

    @Test
    void theHintShowsOnANewDocumentUntilAForestIsDropped(FxRobot robot) {
        assertTrue(fx(() -> hint().isVisible()), "a new document shows the hint");
        assertEquals(new Texts(locale()).get("canvas.emptyHint"), fx(() -> ((javafx.scene.control.Label) hint())
                .getText()));
        Bounds hintBounds = fx(() -> hint().localToScreen(hint().getBoundsInLocal()));
        Bounds canvas = fx(() -> window.canvas().node().localToScreen(window.canvas().node().getBoundsInLocal()));
        assertEquals(canvas.getCenterX(), hintBounds.getCenterX(), 2.0, "centred on the canvas");
        assertEquals(canvas.getCenterY(), hintBounds.getCenterY(), 2.0, "centred on the canvas");

        // Dropped onto the hint itself: it lets the drop through to the canvas.
        robot.drag("#palette-FOREST", MouseButton.PRIMARY)
                .moveTo(new Point2D(hintBounds.getCenterX(), hintBounds.getCenterY()))
                .release(MouseButton.PRIMARY);

        assertEquals(1, fx(() -> topology().forests().size()));
        assertFalse(fx(() -> hint().isVisible()), "a forest hides the hint");
        press(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        assertTrue(fx(() -> hint().isVisible()), "undoing the forest shows the hint again");
    }

    @Test
    void openSampleOpensItUntitledAndUnmodified(FxRobot robot) {
        openSample(robot, "exchange2003-to-2007");

        assertEquals(EXCHANGE, fx(() -> topology().name()));
        assertNull(fx(() -> context.document().file()), "a sample opens as an untitled document");
        assertFalse(fx(() -> context.document().commands().isModified()));
        assertEquals(new Texts(locale()).format("app.title", EXCHANGE), fx(() -> stage.getTitle()));
        assertFalse(fx(() -> hint().isVisible()), "a sample has forests");
    }

    @Test
    void openSampleAsksAboutUnsavedChangesFirst(FxRobot robot) {
        String forest = addForest();
        dialogs.saveAnswers.add(Dialogs.SaveChoice.CANCEL);

        openSample(robot, "what-not-to-do");

        assertEquals(1, dialogs.askedToSave.size(), "the unsaved-changes prompt");
        assertTrue(fx(() -> topology().forest(forest) != null), "cancel keeps the open document");
        assertTrue(fx(() -> context.document().commands().isModified()));

        dialogs.saveAnswers.add(Dialogs.SaveChoice.DONT_SAVE);
        openSample(robot, "what-not-to-do");
        assertEquals(2, dialogs.askedToSave.size());
        assertEquals("What not to do: one of every mistake", fx(() -> topology().name()));
        assertFalse(fx(() -> context.document().commands().isModified()));
    }
}
