package org.coexist.ui.exercise;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.ExerciseException;
import org.coexist.exercise.Grade;
import org.coexist.exercise.Grader;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.dialogs.Dialogs;

/**
 * A trainee's side of an exercise: a document that carries an exercise shows its instructions above the canvas
 * and no findings at all (no marks, no problems, no counts) until the trainee chooses Check My Work. Checking
 * grades the design with the same {@link Grader} as {@code coexist grade}, shows what is fixed, what is still
 * wrong, what new problems there are and the score, and from then on shows the findings.
 */
public final class ExerciseMode {
    private final DesignerContext context;
    private final Dialogs dialogs;
    private final ExerciseBar bar;
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>(this, "exercise");
    private final ReadOnlyObjectWrapper<Grade> grade = new ReadOnlyObjectWrapper<>(this, "grade");

    public ExerciseMode(DesignerContext context, Dialogs dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.bar = new ExerciseBar(context, this::check);
        context.documentProperty().addListener((obs, old, now) -> follow(now));
        follow(context.document());
    }

    /** The band above the canvas; hidden when the document is no exercise. */
    public ExerciseBar bar() {
        return bar;
    }

    /** The exercise of the open document, or null. */
    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    /** The last check's grade, or null before the first. */
    public ReadOnlyObjectProperty<Grade> gradeProperty() {
        return grade.getReadOnlyProperty();
    }

    private void follow(Document document) {
        Exercise found = null;
        if (document != null) {
            try {
                found = Exercise.of(document.topology()).orElse(null);
            } catch (ExerciseException e) {
                // The design still opens whole; the broken exercise block is named, and kept as it was in the file.
                String name = document.file() == null ? document.topology().name()
                        : document.file().getFileName().toString();
                dialogs.showError(context.texts().get("exercise.brokenTitle"),
                        context.texts().get("exercise.brokenHeader"), name + ": " + e.getMessage());
            }
        }
        exercise.set(found);
        grade.set(null);
        context.scope().findingsWithheldProperty().set(found != null);
        bar.show(found);
    }

    /** Check My Work: grades the design as it is now, shows the result, and shows the findings from now on. */
    public Grade check() {
        Exercise shown = exercise.get();
        if (shown == null || context.document() == null) {
            return null;
        }
        if (shown.phase() != null && context.topology().phase(shown.phase()) != null) {
            context.phaseProperty().set(shown.phase());
        }
        Topology work = context.topology();
        Grade result = new Grader(context.engine()).grade(shown, work);
        grade.set(result);
        context.scope().findingsWithheldProperty().set(false);
        Phase phase = shown.phase() == null ? null : work.phase(shown.phase());
        Topology graded = phase == null ? work : work.without(phase.hidden());
        bar.showGrade(result, graded, context.engine().validate(graded));
        return result;
    }
}
