package org.coexist.ui.phases;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.model.edit.Command;
import org.coexist.model.edit.PhaseEdits;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;

/**
 * The migration's phases, in order: add, delete, reorder (buttons or drag), rename, the notes for the room and
 * the trainer's answer key. Choosing a phase here shows it on the canvas, as the phase strip does; a phase that a
 * plan rule names carries its mark. Every change is a named, undoable command.
 */
public final class PhasesPanel extends HBox {
    private static final DataFormat PHASE = new DataFormat("application/x-coexist-phase");
    private final DesignerContext context;
    private final Texts texts;
    private final ListView<Phase> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea notes = new TextArea();
    /** The trainer's answer key: never shown to the room (not in the caption, not in the room's handout). */
    private final TextArea answerKey = new TextArea();
    private final Button add = new Button();
    private final Button delete = new Button();
    private final Button up = new Button();
    private final Button down = new Button();
    /** Set while the list is refilled from the model, so its selection events are not the user's. */
    private boolean syncing;
    private Phase loaded;
    /** The whole design's plan findings by the phase they name, as the rows show them. */
    private Map<String, List<Finding>> plan = Map.of();

    public PhasesPanel(DesignerContext context, DocumentState state) {
        this.context = context;
        this.texts = context.texts();
        getStyleClass().add("phases-panel");
        setId("phases-panel");
        list.setId("phases-list");
        list.setCellFactory(v -> new PhaseCell());
        list.setPlaceholder(new Label(texts.get("phases.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                context.phaseProperty().set(now == null ? null : now.id());
            }
        });
        button(add, "phase-add", "phases.add", "phases.addTip", this::addPhase);
        button(delete, "phase-delete", "phases.delete", "phases.deleteTip",
                () -> selected(id -> edits().remove(topology(), id)));
        button(up, "phase-up", "phases.up", "phases.upTip", () -> moveBy(-1));
        button(down, "phase-down", "phases.down", "phases.downTip", () -> moveBy(1));
        HBox buttons = new HBox(add, delete, up, down);
        buttons.getStyleClass().add("phases-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(list, buttons);
        left.getStyleClass().add("phases-list-box");
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(300);
        left.setMinWidth(220);

        name.setId("phase-name");
        name.setOnAction(e -> commitName());
        name.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitName();
            }
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && loaded != null) {
                name.setText(loaded.name());
            }
        });
        notes.setId("phase-notes");
        notes.setWrapText(true);
        notes.setPromptText(texts.get("phases.notesPrompt"));
        notes.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitNotes();
            }
        });
        answerKey.setId("phase-answer-key");
        answerKey.setWrapText(true);

        answerKey.setPromptText(texts.get("phases.answerKeyPrompt"));
        answerKey.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitAnswerKey();
            }
        });
        Label nameLabel = new Label(texts.get("phases.name"));
        nameLabel.setLabelFor(name);
        Label notesLabel = new Label(texts.get("phases.notes"));
        notesLabel.setLabelFor(notes);
        Label answerKeyLabel = new Label(texts.get("phases.answerKey"));
        answerKeyLabel.setLabelFor(answerKey);
        nameLabel.getStyleClass().add("property-label");
        notesLabel.getStyleClass().add("property-label");
        answerKeyLabel.getStyleClass().add("property-label");
        // Notes and answer key side by side: the bottom tab is short, and the trainer compares the two.
        VBox notesBox = new VBox(notesLabel, notes);
        VBox answerKeyBox = new VBox(answerKeyLabel, answerKey);
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox.setVgrow(answerKey, Priority.ALWAYS);
        HBox notesAndKey = new HBox(12, notesBox, answerKeyBox);
        HBox.setHgrow(notesBox, Priority.ALWAYS);
        HBox.setHgrow(answerKeyBox, Priority.ALWAYS);
        notesBox.setPrefWidth(0);
        answerKeyBox.setPrefWidth(0);
        VBox right = new VBox(nameLabel, name, notesAndKey);
        right.getStyleClass().add("phases-editor");
        VBox.setVgrow(notesAndKey, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);

        state.changesProperty().addListener((obs, old, now) -> refresh());
        context.phaseProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Marks the rows of the phases that plan rules name; the phase strip tells when they change. */
    public void showPlan(Map<String, List<Finding>> byPhase) {
        if (!byPhase.equals(plan)) {
            plan = Map.copyOf(byPhase);
            list.refresh();
        }
    }

    private void button(Button button, String id, String key, String tip, Runnable action) {
        button.setId(id);
        button.setText(texts.get(key));
        button.setTooltip(new Tooltip(texts.get(tip)));
        button.setOnAction(e -> action.run());
        button.getStyleClass().add("phases-button");
    }

    private PhaseEdits edits() {
        return context.edits().phases();
    }

    private Topology topology() {
        return context.topology();
    }

    private void run(Command command) {
        context.execute(command);
    }

    private void selected(java.util.function.Function<String, Command> command) {
        String id = context.phaseProperty().get();
        if (id != null && topology().phase(id) != null) {
            run(command.apply(id));
        }
    }

    /** Adds a phase after the one shown (or last), shows it, and puts the cursor in its name to type over. */
    private void addPhase() {
        Topology topology = topology();
        String shown = context.phaseProperty().get();
        int at = shown == null ? topology.phases().size() : topology.phaseIndex(shown) + 1;
        run(edits().add(topology, texts.format("phases.newName", topology.phases().size() + 1), at));
        context.phaseProperty().set(topology.phases().get(at).id());
        name.requestFocus();
        name.selectAll();
    }

    private void moveBy(int offset) {
        selected(id -> edits().move(topology(), id, topology().phaseIndex(id) + offset));
    }

    private void commitName() {
        String text = name.getText().trim();
        if (loaded != null && topology().phase(loaded.id()) != null && !text.isEmpty()
                && !text.equals(loaded.name())) {
            run(edits().rename(topology(), loaded.id(), text));
        }
    }

    private void commitNotes() {
        if (loaded != null && topology().phase(loaded.id()) != null && !notes.getText().equals(loaded.notes())) {
            run(edits().setNotes(topology(), loaded.id(), notes.getText()));
        }
    }

    private void commitAnswerKey() {
        if (loaded != null && topology().phase(loaded.id()) != null
                && !answerKey.getText().strip().equals(loaded.answerKey().strip())) {
            run(edits().setAnswerKey(topology(), loaded.id(), answerKey.getText()));
        }
    }

    /** Shows the model's phases and the shown phase's name, notes and answer key (after any edit, undo included). */
    private void refresh() {
        if (context.document() == null) {
            return;
        }
        Topology topology = topology();
        String shownId = context.phaseProperty().get();
        Phase shown = shownId == null ? null : topology.phase(shownId);
        int index = shown == null ? -1 : topology.phaseIndex(shown.id());
        syncing = true;
        try {
            if (!list.getItems().equals(topology.phases())) {
                list.getItems().setAll(topology.phases());
            }
            if (shown == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
        boolean switched = loaded == null || shown == null || !loaded.id().equals(shown.id());
        if (switched || !name.isFocused()) {
            name.setText(shown == null ? "" : shown.name());
        }
        if (switched || !notes.isFocused()) {
            notes.setText(shown == null ? "" : shown.notes());
        }
        if (switched || !answerKey.isFocused()) {
            answerKey.setText(shown == null ? "" : shown.answerKey());
        }
        loaded = shown;
        name.setDisable(shown == null);
        notes.setDisable(shown == null);
        answerKey.setDisable(shown == null);
        delete.setDisable(shown == null);
        up.setDisable(index <= 0);
        down.setDisable(index < 0 || index >= topology.phases().size() - 1);
    }

    public ListView<Phase> list() {
        return list;
    }

    /** "2. Deploy Lync 2013"; dragging a row onto another moves the phase there. */
    private final class PhaseCell extends ListCell<Phase> {
        PhaseCell() {
            // Long names end in an ellipsis instead of scrolling the list sideways.
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.put(PHASE, getItem().id());
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (getItem() != null && e.getDragboard().hasContent(PHASE)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(PHASE);
                boolean done = false;
                if (getItem() != null && id instanceof String phaseId && topology().phase(phaseId) != null) {
                    run(edits().move(topology(), phaseId, getIndex()));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Phase phase, boolean empty) {
            super.updateItem(phase, empty);
            setText(empty || phase == null ? null
                    : texts.format("phases.chip", getIndex() + 1, phase.name()));
            List<Finding> found = empty || phase == null ? null : plan.get(phase.id());
            setGraphic(found == null ? null : PlanMarks.mark("phases-row-plan-" + phase.id(), found, texts));
            setContentDisplay(ContentDisplay.RIGHT);
        }
    }

    List<Phase> phases() {
        return List.copyOf(list.getItems());
    }
}
