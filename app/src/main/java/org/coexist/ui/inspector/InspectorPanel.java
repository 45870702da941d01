package org.coexist.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.model.edit.Command;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;

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
    private final FindingsSection findingsSection;
    private final List<Command> deferred = new ArrayList<>();
    private boolean rebuilding;

    public InspectorPanel(DesignerContext context, DocumentState state) {
        this.context = context;
        this.texts = context.texts();
        this.sheets = new SheetBuilder(context, this::run);
        this.findingsSection = new FindingsSection(context);
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
        content.getChildren().add(findingsSection.build(id));
    }

    private static Label placeholder(String text) {
        return FindingsSection.placeholder(text);
    }
}
