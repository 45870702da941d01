package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.rules.Finding;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 9: an element's inspector said "No findings concern this object" while findings about its links named
 * it. It lists them under "On its links", and a click selects the link.
 */
class InspectorLinkFindingsTest extends ShellTestBase {

    private boolean inspectorSays(FxRobot robot, String text) {
        return fx(() -> robot.lookup("#inspector-findings").queryAs(Node.class).lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Labeled l && text.equals(l.getText())));
    }

    @Test
    void anElementsInspectorListsTheFindingsOfItsLinksAndSelectsTheLinkOnClick(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, 360, 100);
        fx(() -> context.execute(context.edits().connect(topology(), client, sql, LinkKind.HOMED_ON)));
        String link = fx(() -> topology().links().iterator().next().id());
        Finding onLink = fx(() -> context.scope().validation().findingsFor(link).get(0));
        assertFalse(fx(() -> onLink.subjects().contains(client)), "the finding names the link, not the client");

        Node card = fx(() -> window.root().lookup("#view-" + client));
        waitUntil(() -> fx(() -> card.getBoundsInLocal().getWidth() > 100));
        Bounds box = fx(() -> card.localToScreen(card.getBoundsInLocal()));
        robot.clickOn(new Point2D(box.getMinX() + 30, box.getCenterY()));
        assertEquals(List.of(client), fx(() -> List.copyOf(context.selection().ids())));

        assertFalse(inspectorSays(robot, context.texts().get("inspector.noFindings")));
        assertTrue(inspectorSays(robot, context.texts().get("inspector.section.linkFindings")));
        assertTrue(inspectorSays(robot, onLink.message()), "the link's finding is listed");

        robot.clickOn("#inspector-select-" + link);
        assertEquals(List.of(link), fx(() -> List.copyOf(context.selection().ids())));
        assertTrue(fx(() -> robot.lookup("#inspector-kind").tryQuery().isPresent()), "the inspector shows the link");
    }
}
