package org.coexist.ui.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Window;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.ExerciseMaker;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.actions.DesignerAction;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.files.BundledSamples;
import org.coexist.ui.files.DocumentFiles;
import org.coexist.ui.files.SampleMenu;
import org.coexist.ui.files.TopologyStore;

/**
 * File > Make Exercise and File > Open Exercise. Making an exercise saves a copy of the open design with the
 * exercise in it, under a name the trainer chooses: the trainer's design stays a design (findings shown, nothing
 * to undo), and the copy is what trainees get, as {@code coexist exercise} writes it.
 */
public final class ExerciseActions {
    private final DesignerContext context;
    private final Dialogs dialogs;
    private final TopologyStore store;
    private final Supplier<Window> owner;
    private final DesignerAction make;
    private MakeExerciseDialog showing;

    public ExerciseActions(DesignerContext context, Dialogs dialogs, TopologyStore store, Supplier<Window> owner) {
        this.context = context;
        this.dialogs = dialogs;
        this.store = store;
        this.owner = owner;
        this.make = DesignerAction.of("makeExercise", context.texts().get("action.makeExercise"), this::make);
    }

    public DesignerAction makeAction() {
        return make;
    }

    /** File > Open Exercise: the bundled exercises, each opened as an untitled document. */
    public Menu openMenu(DocumentFiles files) {
        return SampleMenu.build(context.texts(), new BundledSamples(context.catalog(), BundledSamples.EXERCISES),
                files, "action.openExercise", "openExercise-");
    }

    /**
     * Opens the dialog; it does not block, so the rest of the window stays as it is. Choosing Save asks where
     * the copy goes.
     */
    public void make() {
        Document document = context.document();
        if (document == null || showing != null) {
            return;
        }
        MakeExerciseDialog dialog = new MakeExerciseDialog(context.texts(), document.topology(),
                new ExerciseMaker(context.engine()), context.phaseProperty().get());
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
                dialog.getDialogPane().setStyle(window.getScene().getRoot().getStyle());
            }
        }
        dialog.getDialogPane().getStyleClass().add("cx-dialog");
        dialog.setOnHidden(e -> {
            showing = null;
            Exercise exercise = dialog.getResult();
            if (exercise != null) {
                save(document, exercise);
            }
        });
        showing = dialog;
        dialog.show();
    }

    /** Writes a copy of the design with the exercise in it; false when the trainer cancels or it fails. */
    boolean save(Document document, Exercise exercise) {
        Texts texts = context.texts();
        Path file = dialogs.chooseFileToSave(suggestedName(document), directory(document));
        if (file == null) {
            return false;
        }
        Topology copy = document.topology().copy();
        Map<String, Object> extra = new LinkedHashMap<>(copy.extra());
        extra.put(Exercise.FIELD, exercise.toFileValue());
        copy.setExtra(extra);
        try {
            store.write(copy, file);
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError(texts.get("dialog.saveFailed.title"), texts.get("exercise.saveFailed"),
                    file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
    }

    private String suggestedName(Document document) {
        String name = document.file() != null ? document.file().getFileName().toString()
                : document.topology().name().replaceAll("[\\\\/:*?\"<>|]", "_").trim();
        int dot = name.indexOf('.');
        name = dot > 0 ? name.substring(0, dot) : name;
        return (name.isEmpty() ? "design" : name) + "-" + context.texts().get("exercise.fileSuffix");
    }

    private static Path directory(Document document) {
        return document.file() == null ? null : document.file().toAbsolutePath().getParent();
    }
}
