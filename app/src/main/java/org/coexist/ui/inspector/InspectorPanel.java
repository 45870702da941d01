package org.coexist.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.edit.Command;
import org.coexist.rules.Finding;
import org.coexist.ui.DesignerContext;
import org.coexist.ui.DocumentState;
import org.coexist.ui.Texts;
import org.coexist.ui.problems.SeverityIcon;

/**
 * The right side of the window: the properties of the one selected forest, element or link, and the findings
 * that concern it, each with the sentence it rests on and its document's title as a link to open. Rebuilt when the selection or the model changes (undo included), so it never shows stale
 * values.
 */
public final class InspectorPanel extends VBox {
    private final DesignerContext context;
    private final Texts texts;
    private final VBox content = new VBox();
    private final SheetBuilder sheets;
    private final List<Command> deferred = new ArrayList<>();
    private boolean rebuilding;

    public InspectorPanel(DesignerContext context, DocumentState state) {
        this.context = context;
        this.texts = context.texts();
        this.sheets = new SheetBuilder(context, this::run);
        getStyleClass().addAll("side-panel", "inspector");
        setId("inspector");
        Label title = new Label(texts.get("inspector.title"));
        title.getStyleClass().add("panel-title");
        content.getStyleClass().add("inspector-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        context.selection().ids().addListener((SetChangeListener<String>) change -> rebuild());
        state.changesProperty().addListener((obs, old, now) -> rebuild());
        context.scope().validationProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /**
     * Runs an editor's command. An editor that commits because the rebuild took its focus away runs after the
     * rebuild, not inside it.
     */
    private void run(Command command) {
        if (rebuilding) {
            deferred.add(command);
        } else {
            context.execute(command);
        }
    }

    private void rebuild() {
        if (rebuilding || context.document() == null) {
            return;
        }
        String focused = focusedEditorId();
        rebuilding = true;
        try {
            content.getChildren().clear();
            fill();
        } finally {
            rebuilding = false;
        }
        if (focused != null) {
            // The editor just committed and was rebuilt: keep the keyboard where the user was.
            Node again = content.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
        if (!deferred.isEmpty()) {
            List<Command> pending = new ArrayList<>(deferred);
            deferred.clear();
            pending.forEach(context::execute);
        }
    }

    private String focusedEditorId() {
        if (getScene() == null) {
            return null;
        }
        for (Node node = getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == content) {
                Node owner = getScene().getFocusOwner();
                return owner.getId();
            }
        }
        return null;
    }

    private void fill() {
        Topology topology = context.topology();
        int count = context.selection().ids().size();
        Optional<String> single = context.selection().single();
        if (single.isEmpty()) {
            content.getChildren().add(placeholder(count == 0 ? texts.get("inspector.nothing")
                    : texts.format("inspector.many", count)));
            return;
        }
        String id = single.get();
        Element element = topology.element(id);
        Forest forest = topology.forest(id);
        Link link = topology.link(id);
        if (element != null) {
            content.getChildren().add(sheets.element(topology, element));
        } else if (forest != null) {
            content.getChildren().add(sheets.forest(topology, forest));
        } else if (link != null) {
            content.getChildren().add(sheets.link(topology, link));
        } else {
            content.getChildren().add(placeholder(texts.get("inspector.nothing")));
            return;
        }
        content.getChildren().add(findings(id));
    }

    private VBox findings(String id) {
        VBox box = new VBox();
        box.getStyleClass().add("inspector-findings");
        box.setId("inspector-findings");
        Label header = new Label(texts.get("inspector.section.findings"));
        header.getStyleClass().add("section-header");
        box.getChildren().add(header);
        if (context.scope().validation() == null) {
            box.getChildren().add(placeholder(texts.get("exercise.findingsWithheld")));
            return box;
        }
        List<Finding> findings = context.scope().validation().findingsFor(id);
        if (findings.isEmpty()) {
            box.getChildren().add(placeholder(texts.get("inspector.noFindings")));
        }
        for (Finding finding : findings) {
            Label message = new Label(finding.message());
            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            Label quote = new Label("\u201c" + finding.source().quote() + "\u201d");
            quote.getStyleClass().add("finding-source");
            quote.setWrapText(true);
            Hyperlink source = context.sources().hyperlink(finding.source(), texts);
            source.getStyleClass().add("finding-source-link");
            VBox text = new VBox(message, quote, source);
            text.getStyleClass().add("finding-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(SeverityIcon.of(finding.severity()), text);
            row.getStyleClass().add("inspector-finding");
            box.getChildren().add(row);
        }
        return box;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("placeholder-text");
        label.setWrapText(true);
        return label;
    }
}
