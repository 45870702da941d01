package org.coexist.ui.problems;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;

/**
 * The problems panel's reading pane: the selected finding whole (rule, message wrapped, what it concerns, the
 * source's quote and title), where the table's cells can only show the start of each. Each subject is a link that
 * shows it on the canvas.
 */
final class FindingDetails extends ScrollPane {
    static final double WIDTH = 280;
    private final DesignerContext context;
    private final Texts texts;
    private final Consumer<List<String>> show;
    private final VBox content = new VBox();
    private Finding shown;

    /** @param show selects the ids and brings them into view */
    FindingDetails(DesignerContext context, Consumer<List<String>> show) {
        this.context = context;
        this.texts = context.texts();
        this.show = show;
        setId("finding-details");
        getStyleClass().add("finding-details");
        content.getStyleClass().add("finding-details-content");
        // As wide as the pane, never wider: long messages and titles wrap instead of running off to the right.
        content.setMinWidth(0);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH * 0.8);
        show(null);
    }

    /** Shows the finding, or what to do when none is selected (null). */
    void show(Finding finding) {
        shown = finding;
        if (finding == null) {
            content.getChildren().setAll(wrapped("placeholder-text", texts.get("problems.details.none")));
            return;
        }
        // The message first, where the eye lands; the rule's id under it, for looking it up in the catalog.
        Label message = wrapped("finding-details-message", finding.message());
        message.setId("finding-details-message");
        // The dot by the first line, as in the inspector, not in the middle of a long message.
        HBox headline = new HBox(8, SeverityIcon.of(finding.severity()), message);
        headline.setAlignment(Pos.TOP_LEFT);
        headline.getStyleClass().add("finding-details-headline");
        HBox.setHgrow(message, Priority.ALWAYS);
        Label rule = wrapped("finding-details-rule", finding.rule());
        rule.setId("finding-details-rule");
        content.getChildren().setAll(headline, rule, subjects(finding));
        if (!finding.source().quote().isEmpty()) {
            content.getChildren().add(wrapped("finding-details-quote",
                    "\u201c" + finding.source().quote() + "\u201d"));
        }
        Hyperlink source = context.sources().hyperlink(finding.source(), texts);
        source.setId("finding-details-source");
        content.getChildren().add(source);
    }

    /** The shown finding again, after a rename changed how its subjects read. */
    void refresh() {
        show(shown);
    }

    Finding shown() {
        return shown;
    }

    private FlowPane subjects(Finding finding) {
        FlowPane links = new FlowPane(6, 2);
        links.getStyleClass().add("finding-details-subjects");
        links.getChildren().add(new Label(texts.get("problems.details.concerns")));
        Topology topology = context.topology();
        for (String id : finding.subjects()) {
            if (!topology.containsId(id)) {
                continue;
            }
            Hyperlink subject = new Hyperlink(ProblemsPanel.nameOf(topology, id));
            subject.getStyleClass().add("finding-subject-link");
            subject.setOnAction(e -> {
                show.accept(List.of(id));
                subject.setVisited(false);
            });
            links.getChildren().add(subject);
        }
        return links;
    }

    private static Label wrapped(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
