package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.edit.Edit;
import org.coexist.rules.Finding;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the issue asks a new user to see: connect two elements whose link the documents do not support, watch it
 * turn red and appear in the problems panel, fix it in the inspector, and watch undo and redo bring it back.
 */
class UnsupportedLinkEndToEndTest extends ShellTestBase {
    private static final String RULE = "ocs-r2-archiving-version";

    /** The view of a model object; call on the FX thread. */
    private Node view(String id) {
        return window.root().lookup("#view-" + id);
    }

    private Point2D centreOnScreen(Node node) {
        return fx(() -> {
            Bounds bounds = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    private boolean problemsList(String rule) {
        return fx(() -> {
            TableView<?> table = (TableView<?>) window.root().lookup(".problems-table");
            return table.getItems().stream().anyMatch(row -> row instanceof Finding f && f.rule().equals(rule));
        });
    }

    @Test
    void anUnsupportedLinkLightsUpIsListedAndClearsWhenTheVersionIsFixed(FxRobot robot) {
        String forest = fx(() -> {
            var command = context.edits().addForest(topology(), 20, 20, 700, 300);
            context.execute(command);
            return ((Edit.OfForest) command.edits().get(0)).after().id();
        });
        String pool = addElement(forest, ElementType.STANDARD_EDITION_SERVER, ProductVersion.OCS_2007_R2, 60, 100);
        String archiving = addElement(forest, ElementType.ARCHIVING_SERVER, ProductVersion.OCS_2007, 460, 100);
        WaitForAsyncUtils.waitForFxEvents();

        Node poolView = fx(() -> view(pool));
        Node archivingView = fx(() -> view(archiving));
        Node handle = fx(() -> poolView.lookup(".connect-handle"));
        robot.moveTo(centreOnScreen(poolView)).moveTo(centreOnScreen(handle)).press(MouseButton.PRIMARY)
                .moveTo(centreOnScreen(archivingView)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Link link = fx(() -> topology().links().iterator().next());
        assertEquals(LinkKind.ARCHIVES_TO, link.kind(), "the catalog's proposed kind");
        waitUntil(() -> fx(() -> view(link.id()).getStyleClass().contains("error")));
        assertTrue(problemsList(RULE), "the problems panel lists it");

        robot.clickOn(centreOnScreen(archivingView));
        robot.clickOn("#inspector-version").clickOn(
                CATALOG.label(ProductVersion.OCS_2007_R2).label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProductVersion.OCS_2007_R2, fx(() -> topology().element(archiving).version()));
        assertFalse(fx(() -> view(link.id()).getStyleClass().contains("error")), "the highlight clears");
        assertFalse(problemsList(RULE));

        fx(() -> window.canvas().node().requestFocus());
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ProductVersion.OCS_2007, fx(() -> topology().element(archiving).version()));
        assertTrue(fx(() -> view(link.id()).getStyleClass().contains("error")), "undo brings the error back");
        assertTrue(problemsList(RULE));
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        assertFalse(fx(() -> view(link.id()).getStyleClass().contains("error")), "redo clears it again");
    }
}
