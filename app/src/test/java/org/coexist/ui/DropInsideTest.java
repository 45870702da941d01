package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.edit.Edit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9, defect 3: what is dropped stays inside its container, below the container's name (the container grows
 * when it must), and a new forest lies within the view.
 */
class DropInsideTest extends ShellTestBase {
    private static final double POOL_WIDTH = 340;
    private static final double POOL_HEIGHT = 200;

    private String forestAt(double x, double y, double width, double height) {
        return fx(() -> {
            var command = context.edits().addForest(topology(), x, y, width, height);
            context.execute(command);
            return ((Edit.OfForest) command.edits().get(0)).after().id();
        });
    }

    private Bounds screenBounds(String selector) {
        waitUntil(() -> fx(() -> window.root().lookup(selector) != null));
        return fx(() -> {
            Node node = window.root().lookup(selector);
            return node.localToScreen(node.getBoundsInLocal());
        });
    }

    private Element only(ElementType type) {
        return fx(() -> topology().elements().stream().filter(e -> e.type() == type).findFirst().orElseThrow());
    }

    private static void assertInside(Forest forest, double x, double y, double width, double height) {
        assertTrue(x >= forest.x() + 20 && x + width <= forest.x() + forest.width() - 20,
                "within the forest's sides: " + x + " in " + forest);
        assertTrue(y >= forest.y() + 40 && y + height <= forest.y() + forest.height() - 20,
                "below the forest's name and above its bottom: " + y + " in " + forest);
    }

    @Test
    void aPoolDroppedAtAForestsCornerLiesInsideTheGrownForestAndOneUndoTakesBothBack(FxRobot robot) {
        String forestId = forestAt(40, 40, 360, 260);
        Bounds forest = screenBounds(".forest");
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getMaxX() - 8, forest.getMaxY() - 8)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Element pool = only(ElementType.FRONT_END_POOL);
        Forest grown = fx(() -> topology().forest(forestId));
        assertEquals(forestId, pool.forest());
        assertInside(grown, pool.x(), pool.y(), POOL_WIDTH, POOL_HEIGHT);
        assertTrue(grown.width() > 360 || grown.height() > 260, "the forest grew to hold the pool: " + grown);

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, fx(() -> topology().elements().size()));
        assertEquals(360, fx(() -> topology().forest(forestId).width()), "one undo: the drop and the growth");
    }

    @Test
    void aPoolDroppedOnAForestsNameGoesBelowIt(FxRobot robot) {
        String forestId = forestAt(40, 40, 800, 500);
        Bounds forest = screenBounds(".forest");
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getMinX() + 60, forest.getMinY() + 12)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Element pool = only(ElementType.FRONT_END_POOL);
        Forest same = fx(() -> topology().forest(forestId));
        assertEquals(800, same.width(), "room enough: the forest keeps its size");
        assertInside(same, pool.x(), pool.y(), POOL_WIDTH, POOL_HEIGHT);
    }

    @Test
    void aRoleDroppedOnAPoolsEdgeStaysInsideThePoolBelowItsHeader(FxRobot robot) {
        forestAt(40, 40, 800, 500);
        Bounds forest = screenBounds(".forest");
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getCenterX(), forest.getCenterY())).release(MouseButton.PRIMARY);
        Bounds poolOnScreen = screenBounds(".pool");
        robot.drag("#palette-ARCHIVING_SERVER", MouseButton.PRIMARY)
                .moveTo(new Point2D(poolOnScreen.getMaxX() - 6, poolOnScreen.getMinY() + 20))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Element pool = only(ElementType.FRONT_END_POOL);
        Element role = only(ElementType.ARCHIVING_SERVER);
        assertEquals(pool.id(), role.parent(), "a member of the pool");
        double poolWidth = pool.width() > 0 ? pool.width() : POOL_WIDTH;
        assertTrue(role.x() >= pool.x() + 20 && role.x() + 170 <= pool.x() + poolWidth - 20,
                "within the pool's sides: " + role + " in " + pool);
        assertTrue(role.y() >= pool.y() + 60, "below the pool's header: " + role.y() + " in " + pool);
    }

    @Test
    void aSecondPoolDroppedOnTheFirstGoesBesideIt(FxRobot robot) {
        String forestId = forestAt(40, 40, 800, 500);
        Bounds forest = screenBounds(".forest");
        javafx.geometry.Point2D centre = new Point2D(forest.getCenterX(), forest.getCenterY());
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY).moveTo(centre).release(MouseButton.PRIMARY);
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY).moveTo(centre).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        java.util.List<Element> pools = fx(() -> topology().elements().stream()
                .filter(e -> e.type() == ElementType.FRONT_END_POOL).toList());
        assertEquals(2, pools.size());
        Element a = pools.get(0);
        Element b = pools.get(1);
        boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
        assertTrue(apart, "the second pool does not cover the first: " + a + " / " + b);
        Forest grown = fx(() -> topology().forest(forestId));
        assertInside(grown, b.x(), b.y(), b.width(), b.height());
    }

    @Test
    void aCardDraggedPastItsForestsEdgeGrowsTheForest(FxRobot robot) {
        String forestId = forestAt(40, 40, 600, 400);
        Bounds forest = screenBounds(".forest");
        robot.drag("#palette-EDGE_SERVER", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getCenterX(), forest.getCenterY())).release(MouseButton.PRIMARY);
        Bounds card = screenBounds(".element-view");
        robot.drag(new Point2D(card.getCenterX(), card.getCenterY()), MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getMaxX() - 10, card.getCenterY())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Element edge = only(ElementType.EDGE_SERVER);
        Forest grown = fx(() -> topology().forest(forestId));
        assertInside(grown, edge.x(), edge.y(), 170, 60);
        assertTrue(grown.width() > 600, "the forest grew: " + grown);
    }

    @Test
    void theFirstForestLiesWithinTheViewWhereverItIsDropped(FxRobot robot) {
        Bounds canvas = fx(() -> {
            Node viewport = window.canvas().node().lookup(".viewport");
            return viewport.localToScreen(viewport.getBoundsInLocal());
        });
        assertEquals(1.0, fx(() -> window.canvas().zoomProperty().get()), "at actual size");
        robot.drag("#palette-FOREST", MouseButton.PRIMARY)
                .moveTo(new Point2D(canvas.getMaxX() - 15, canvas.getMaxY() - 15)).release(MouseButton.PRIMARY);

        Bounds forest = screenBounds(".forest");
        // The view as it is now: the new forest may have brought scroll bars that take some of it.
        Bounds view = fx(() -> {
            Node viewport = window.canvas().node().lookup(".viewport");
            return viewport.localToScreen(viewport.getBoundsInLocal());
        });
        assertTrue(view.contains(forest), "the forest " + forest + " lies within the view " + view);
        assertEquals(1, fx(() -> topology().forests().size()));
    }
}
