package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import org.coexist.model.ElementType;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.rules.Finding;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A finding badge opens its findings' details in a pop-over, whose source link opens the document. */
class BadgePopOverTest extends ShellTestBase {

    @Test
    void clickingABadgeShowsItsFindingsAndTheirSources(FxRobot robot) {
        String forest = addForest();
        String mailbox = addElement(forest, ElementType.MAILBOX_SERVER, ProductVersion.EXCHANGE_2010);
        fx(() -> context.execute(context.edits().setProperty(topology(), mailbox, Properties.ARCHITECTURE, "x86")));
        Finding finding = fx(() -> context.scope().validation().findingsFor(mailbox).get(0));
        waitUntil(() -> fx(() -> window.root().lookup("#view-" + mailbox + " .finding-badge") != null));
        Node badge = fx(() -> window.root().lookup("#view-" + mailbox + " .finding-badge"));

        robot.clickOn(badge);
        waitUntil(() -> fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopOver p && p.isShowing())));
        Labeled message = fx(() -> (Labeled) robot.lookup(n -> n instanceof Labeled l
                && finding.message().equals(l.getText())).query());
        assertEquals(13, fx(() -> message.getFont().getSize()), 0.1, "at the window's size, not the badge's");
        assertTrue(fx(() -> !message.getFont().getStyle().contains("Bold")), "not the badge's bold");
        Hyperlink source = robot.lookup(".finding-popover-content .finding-source-link").queryAs(Hyperlink.class);
        assertEquals(finding.source().title(), fx(source::getText));
        robot.clickOn(source);
        waitUntil(() -> !opened.isEmpty());
        assertEquals(List.of(finding.source().address()), opened);
    }
}
