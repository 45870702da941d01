package org.coexist.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.LiveValidation;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.problems.SeverityIcon;

/**
 * The inspector's findings: those about the selected object, then, for an element, those about its links (a red
 * link to a pool is the pool's business too), each with a link that selects the link it is about.
 */
final class FindingsSection {
    private final DesignerContext context;
    private final Texts texts;

    FindingsSection(DesignerContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    VBox build(String id) {
        VBox box = new VBox();
        box.getStyleClass().add("inspector-findings");
        box.setId("inspector-findings");
        Label header = new Label(texts.get("inspector.section.findings"));
        header.getStyleClass().add("section-header");
        box.getChildren().add(header);
        LiveValidation validation = context.scope().validation();
        if (validation == null) {
            // An exercise withholds the findings until the trainee asks for them.
            box.getChildren().add(placeholder(texts.get("exercise.findingsWithheld")));
            return box;
        }
        List<Finding> own = validation.findingsFor(id);
        Map<Finding, Link> onLinks = linkFindings(validation, id, own);
        if (own.isEmpty() && onLinks.isEmpty()) {
            box.getChildren().add(placeholder(texts.get("inspector.noFindings")));
        }
        own.forEach(finding -> box.getChildren().add(row(finding, null)));
        if (!onLinks.isEmpty()) {
            Label links = new Label(texts.get("inspector.section.linkFindings"));
            links.getStyleClass().add("inspector-subheader");
            box.getChildren().add(links);
            onLinks.forEach((finding, link) -> box.getChildren().add(row(finding, link)));
        }
        return box;
    }

    /** The findings of the element's links that do not already name the element itself, each with its link. */
    private Map<Finding, Link> linkFindings(LiveValidation validation, String id, List<Finding> own) {
        Map<Finding, Link> found = new LinkedHashMap<>();
        Topology topology = context.topology();
        Element element = topology.element(id);
        if (element == null) {
            return found;
        }
        List<Link> links = new ArrayList<>(topology.linksOf(id));
        for (Link link : links) {
            for (Finding finding : validation.findingsFor(link.id())) {
                if (!own.contains(finding)) {
                    found.putIfAbsent(finding, link);
                }
            }
        }
        return found;
    }

    private HBox row(Finding finding, Link link) {
        Label message = new Label(finding.message());
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        VBox text = new VBox(message);
        if (link != null) {
            Hyperlink select = new Hyperlink(texts.format("inspector.selectLink", linkName(link)));
            select.setId("inspector-select-" + link.id());
            select.getStyleClass().add("inspector-select-link");
            select.setWrapText(true);
            select.setOnAction(e -> context.selection().select(link.id()));
            text.getChildren().add(select);
        }
        Label quote = new Label("\u201c" + finding.source().quote() + "\u201d");
        quote.getStyleClass().add("finding-source");
        quote.setWrapText(true);
        Hyperlink source = context.sources().hyperlink(finding.source(), texts);
        source.getStyleClass().add("finding-source-link");
        text.getChildren().addAll(quote, source);
        text.getStyleClass().add("finding-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(SeverityIcon.of(finding.severity()), text);
        row.getStyleClass().add("inspector-finding");
        return row;
    }

    private String linkName(Link link) {
        Topology topology = context.topology();
        return name(topology, link.from()) + " \u2192 " + name(topology, link.to());
    }

    private static String name(Topology topology, String id) {
        Element element = topology.element(id);
        return element == null ? id : element.name();
    }

    static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        return label;
    }
}
