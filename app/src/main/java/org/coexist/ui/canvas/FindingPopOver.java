package org.coexist.ui.canvas;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.problems.SeverityIcon;
import org.controlsfx.control.PopOver;

/**
 * A finding badge's details, in a ControlsFX {@link PopOver} pointing at the badge: each finding's message and
 * rule, and its source by title as a link that opens it. Unlike the tooltip it stays while the reader follows
 * the link, and closes on a click elsewhere.
 */
final class FindingPopOver {
    static final double WIDTH = 380;

    private FindingPopOver() {
    }

    static PopOver show(DesignerContext context, String title, List<Finding> findings, Node badge) {
        VBox rows = new VBox();
        rows.getStyleClass().add("finding-popover-content");
        rows.setPrefWidth(WIDTH);
        for (Finding finding : findings) {
            rows.getChildren().add(row(context, finding));
        }
        PopOver popOver = new PopOver(rows);
        popOver.getStyleClass().add("finding-popover");
        popOver.setTitle(title);
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        popOver.show(badge);
        return popOver;
    }

    private static HBox row(DesignerContext context, Finding finding) {
        Label message = wrapped("finding-message", finding.message());
        Label rule = wrapped("finding-rule", finding.rule());
        Hyperlink source = context.sources().hyperlink(finding.source(), context.texts());
        source.getStyleClass().add("finding-source-link");
        VBox text = new VBox(message, rule, source);
        text.getStyleClass().add("finding-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(SeverityIcon.of(finding.severity()), text);
        row.getStyleClass().add("finding-popover-row");
        return row;
    }

    private static Label wrapped(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
