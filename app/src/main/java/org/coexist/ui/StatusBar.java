package org.coexist.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.problems.SeverityIcon;

/**
 * The bottom line: error and warning counts, a passing notice (a file reloaded), the progress of a long open or
 * save, the selection, and the zoom.
 */
public final class StatusBar extends HBox {
    static final Duration NOTICE_TIME = Duration.seconds(10);
    private final DesignerContext context;
    private final Texts texts;
    private final Label errors = new Label();
    private final Label warnings = new Label();
    private final Label selection = new Label();
    private final Label zoom = new Label();
    private final Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);

    public StatusBar(DesignerContext context, DocumentState state, CanvasControls canvas) {
        this.context = context;
        this.texts = context.texts();
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        errors.setId("status-errors");
        warnings.setId("status-warnings");
        selection.setId("status-selection");
        zoom.setId("status-zoom");
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        noticeTimer.setOnFinished(e -> notice.setText(""));
        warnings.setGraphic(SeverityIcon.of(Severity.WARNING));
        errors.getStyleClass().addAll("status-count", "errors");
        warnings.getStyleClass().addAll("status-count", "warnings");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("status.zoom", Math.round(canvas.zoomProperty().get() * 100)),
                canvas.zoomProperty()));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(errors, warnings, notice, spacer, selection, zoom);
        state.changesProperty().addListener((obs, old, now) -> refresh());
        context.scope().validationProperty().addListener((obs, old, now) -> refresh());
        context.selection().ids().addListener((SetChangeListener<String>) change -> refresh());
        refresh();
    }

    /** Shows a line for a while: what the designer did on its own, such as reloading a file changed on disk. */
    public void showNotice(String text) {
        notice.setText(text);
        noticeTimer.playFromStart();
    }

    /** Puts the progress of file operations before the selection. */
    public void addFileProgress(Node progress) {
        getChildren().add(getChildren().indexOf(selection), progress);
    }

    private void refresh() {
        Document document = context.document();
        if (document == null) {
            return;
        }
        LiveValidation validation = context.scope().validation();
        long e = validation == null ? 0 : validation.count(Severity.ERROR);
        long w = validation == null ? 0 : validation.count(Severity.WARNING);
        boolean withheld = context.scope().findingsWithheldProperty().get();
        errors.setText(withheld ? texts.get("exercise.countsWithheld") : texts.format("status.errors", e));
        warnings.setText(texts.format("status.warnings", w));
        warnings.setVisible(!withheld);
        errors.setGraphic(withheld ? null : SeverityIcon.of(Severity.ERROR));
        markZero(errors, e == 0);
        markZero(warnings, w == 0);
        selection.setText(describeSelection(document.topology()));
    }

    /** A zero count is grey, not red or amber: nothing to alarm about. */
    private static void markZero(Label label, boolean zero) {
        label.getStyleClass().remove("zero");
        if (zero) {
            label.getStyleClass().add("zero");
        }
    }

    private String describeSelection(Topology topology) {
        int count = context.selection().ids().size();
        if (count == 0) {
            return texts.get("status.nothingSelected");
        }
        if (count > 1) {
            return texts.format("status.selectedMany", count);
        }
        String id = context.selection().single().orElseThrow();
        Element element = topology.element(id);
        if (element != null) {
            return texts.format("status.selectedOne", element.name(), context.labels().type(element.type(), element.version()));
        }
        Forest forest = topology.forest(id);
        if (forest != null) {
            return texts.format("status.selectedOne", forest.name(), texts.get("status.forest"));
        }
        Link link = topology.link(id);
        if (link != null) {
            String kind = context.labels().kind(link.kind());
            return texts.format("status.selectedOne", kind, texts.format("status.link", link.id()));
        }
        return texts.format("status.selectedMany", count);
    }
}
