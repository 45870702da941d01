package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The palette's drag gesture against a canvas that records the calls. */
class PaletteDragTest extends ShellTestBase {
    private RecordingCanvas recording;

    @Override
    CanvasControls canvas(DesignerContext designerContext) {
        recording = new RecordingCanvas();
        return recording;
    }

    @Test
    void draggingAnEntryPreviewsThenDropsAtThePointer(FxRobot robot) {
        Bounds canvas = fx(() -> recording.pane.localToScreen(recording.pane.getLayoutBounds()));
        Point2D target = new Point2D(canvas.getMinX() + 150, canvas.getMinY() + 120);

        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY).moveTo(target);
        assertTrue(fx(() -> !recording.previews.isEmpty()), "the canvas previews while the entry moves");
        assertTrue(fx(() -> robot.lookup(".palette-ghost").tryQuery().isPresent()), "a ghost follows the pointer");
        robot.release(MouseButton.PRIMARY);

        assertEquals(1, fx(() -> recording.drops.size()));
        assertEquals(ElementType.FRONT_END_POOL, fx(() -> recording.drops.get(0).type()));
        assertEquals(ProductVersion.SFB_2019, fx(() -> recording.drops.get(0).version()));
        Point2D dropped = fx(() -> recording.pane.localToScreen(
                recording.pane.sceneToLocal(recording.dropPoints.get(0))));
        assertEquals(target.getX(), dropped.getX(), 1.0);
        assertEquals(target.getY(), dropped.getY(), 1.0);
        assertEquals(1, fx(() -> recording.previewsEnded));
        assertFalse(fx(() -> robot.lookup(".palette-ghost").tryQuery().isPresent()), "the ghost is gone");
    }

    @Test
    void escapeAbandonsTheDrag(FxRobot robot) {
        Bounds canvas = fx(() -> recording.pane.localToScreen(recording.pane.getLayoutBounds()));
        robot.drag("#palette-EDGE_SERVER", MouseButton.PRIMARY).moveTo(new Point2D(canvas.getMinX() + 100,
                canvas.getMinY() + 100));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(fx(() -> robot.lookup(".palette-ghost").tryQuery().isPresent()));
        robot.release(MouseButton.PRIMARY);

        assertEquals(0, fx(() -> recording.drops.size()));
        assertEquals(1, fx(() -> recording.previewsEnded));
    }

    @Test
    void aClickIsNotADragAndDoubleClickDropsAtTheVisibleCentre(FxRobot robot) {
        robot.clickOn("#palette-FOREST");
        assertEquals(0, fx(() -> recording.drops.size()));

        robot.doubleClickOn("#palette-FOREST");
        assertEquals(1, fx(() -> recording.drops.size()));
        assertTrue(fx(() -> recording.drops.get(0).isForest()));
        Bounds canvas = fx(() -> recording.pane.localToScene(recording.pane.getLayoutBounds()));
        assertEquals(canvas.getCenterX(), fx(() -> recording.dropPoints.get(0).getX()), 1.0);
        assertEquals(canvas.getCenterY(), fx(() -> recording.dropPoints.get(0).getY()), 1.0);
    }

    @Test
    void doubleClickOnAProblemRevealsItsSubjects(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        fx(() -> context.execute(context.edits().connect(topology(), client, sql,
                org.coexist.model.LinkKind.HOMED_ON)));
        String link = fx(() -> window.problems().shownFindings().get(0).subjects().get(0));

        robot.doubleClickOn(robot.lookup(".table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null)
                .queryAs(javafx.scene.control.TableRow.class));

        assertEquals(java.util.List.of(java.util.List.of(link)), fx(() -> recording.revealed));
    }
}
