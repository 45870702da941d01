package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.edit.Edit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 9: a red connect target says why while the pointer is over it, and again when the button is let go. */
class ConnectRefusalTest extends ShellTestBase {
    /** What the window says, in its language. */
    String reason() {
        return "No link kind joins an Edge Server to a SQL Server Instance.";
    }

    Point2D centre(Node node) {
        return fx(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    /** Presses on the edge's handle and moves over the SQL instance, holding the button; returns the SQL view. */
    Node dragFromEdgeOverSql(FxRobot robot) {
        String forest = fx(() -> {
            var command = context.edits().addForest(topology(), 20, 20, 700, 300);
            context.execute(command);
            return ((Edit.OfForest) command.edits().get(0)).after().id();
        });
        String edge = addElement(forest, ElementType.EDGE_SERVER, ProductVersion.LYNC_2013, 60, 100);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, 460, 100);
        WaitForAsyncUtils.waitForFxEvents();
        Node edgeView = fx(() -> window.root().lookup("#view-" + edge));
        Node sqlView = fx(() -> window.root().lookup("#view-" + sql));
        Node handle = fx(() -> edgeView.lookup(".connect-handle"));
        robot.moveTo(centre(edgeView)).moveTo(centre(handle)).press(MouseButton.PRIMARY)
                .moveTo(centre(sqlView)).moveBy(4, 2);
        WaitForAsyncUtils.waitForFxEvents();
        return sqlView;
    }

    @Test
    void aRedTargetSaysWhyUnderItAndAgainWhenLetGo(FxRobot robot) {
        Node sqlView = dragFromEdgeOverSql(robot);
        Label refusal = robot.lookup("#connect-refusal").queryAs(Label.class);
        assertTrue(fx(refusal::isVisible), "the reason shows while hovering");
        assertEquals(reason(), fx(refusal::getText));
        Bounds sqlBox = fx(() -> sqlView.localToScreen(sqlView.getBoundsInLocal()));
        Bounds shown = fx(() -> refusal.localToScreen(refusal.getBoundsInLocal()));
        assertTrue(shown.getMinY() > sqlBox.getCenterY() && shown.getMinY() < sqlBox.getMaxY() + 30
                && shown.getMinX() < sqlBox.getMaxX() && shown.getMaxX() > sqlBox.getMinX(),
                "right under the target: " + shown + " / " + sqlBox);
        Bounds view = fx(() -> {
            Node viewport = window.canvas().node().lookup(".viewport");
            return viewport.localToScreen(viewport.getBoundsInLocal());
        });
        assertTrue(view.contains(shown), "whole in the view: " + shown + " / " + view);

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, fx(() -> topology().links().size()), "no link is made");
        assertTrue(fx(() -> robot.lookup(n -> n instanceof Labeled l && reason().equals(l.getText())
                && l.isVisible()).tryQuery().isPresent()), "the canvas says why once let go");
        assertFalse(fx(() -> robot.lookup("#connect-refusal").tryQuery().isPresent()), "the hover note is gone");
    }
}
