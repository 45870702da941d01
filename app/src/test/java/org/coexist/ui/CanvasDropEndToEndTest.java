package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.edit.Edit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The palette and the real canvas together: what a user does to build a design. */
class CanvasDropEndToEndTest extends ShellTestBase {

    private String smallForest() {
        return fx(() -> {
            var command = context.edits().addForest(topology(), 40, 40, 320, 240);
            context.execute(command);
            return ((Edit.OfForest) command.edits().get(0)).after().id();
        });
    }

    private Bounds screenBoundsOf(String selector) {
        waitUntil(() -> fx(() -> robotLookup(selector) != null));
        return fx(() -> {
            Node node = robotLookup(selector);
            return node.localToScreen(node.getBoundsInLocal());
        });
    }

    private Node robotLookup(String selector) {
        return window.root().lookup(selector);
    }

    private void dragEntry(FxRobot robot, ElementType type, Point2D target) {
        robot.drag("#palette-" + type.name(), MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
    }

    @Test
    void poolGoesIntoTheForestAndARoleIntoThePool(FxRobot robot) {
        String forest = smallForest();
        Bounds forestBounds = screenBoundsOf(".forest");
        robot.clickOn("#palette-version-communications").clickOn("Lync Server 2013");

        dragEntry(robot, ElementType.FRONT_END_POOL,
                new Point2D(forestBounds.getMinX() + 140, forestBounds.getMinY() + 110));

        Element pool = fx(() -> topology().elements().stream()
                .filter(e -> e.type() == ElementType.FRONT_END_POOL).findFirst().orElseThrow());
        assertEquals(forest, pool.forest());
        assertEquals(ProductVersion.LYNC_2013, pool.version(), "the group's chosen version");
        assertEquals(pool.id(), fx(() -> context.selection().single().orElseThrow()), "the new pool is selected");

        Bounds poolBounds = screenBoundsOf(".pool");
        dragEntry(robot, ElementType.ARCHIVING_SERVER,
                new Point2D(poolBounds.getCenterX(), poolBounds.getMaxY() - 12));

        Element role = fx(() -> topology().elements().stream()
                .filter(e -> e.type() == ElementType.ARCHIVING_SERVER).findFirst().orElseThrow());
        assertEquals(pool.id(), role.parent(), "dropped into the pool, it becomes a member");
        assertEquals(forest, role.forest());
        assertTrue(fx(() -> stage.getTitle().startsWith("*")));
    }

    @Test
    void droppingAnElementOutsideEveryForestIsRefused(FxRobot robot) {
        smallForest();
        Bounds forestBounds = screenBoundsOf(".forest");
        Bounds canvas = fx(() -> window.canvas().node().localToScreen(window.canvas().node().getBoundsInLocal()));
        Point2D outside = new Point2D(Math.min(forestBounds.getMaxX() + 120, canvas.getMaxX() - 20),
                forestBounds.getMinY() + 40);
        assertTrue(outside.getX() > forestBounds.getMaxX(), "the test point must lie outside the forest");

        dragEntry(robot, ElementType.EDGE_SERVER, outside);

        assertEquals(0, fx(() -> topology().elements().size()));
        assertEquals("Add forest forest01.local", fx(() -> context.document().commands().undoName().orElse("")),
                "no command ran after the forest was added");
        String refusal = context.texts().get("canvas.dropRefused");
        assertTrue(fx(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && refusal.equals(l.getText()) && l.isVisible()).tryQuery().isPresent()), "the canvas says why");
    }
}
