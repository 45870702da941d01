package org.coexist.ui.kernel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coexist.model.edit.CommandManager;

/**
 * The open document's undo state as observable properties, re-attached whenever the document is switched, so
 * that menus, the title and panels bind to one place instead of each listening to the command manager.
 */
public final class DocumentState {
    private final DesignerContext context;
    private final LongProperty changes = new SimpleLongProperty(this, "changes");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoName = new SimpleStringProperty(this, "undoName");
    private final StringProperty redoName = new SimpleStringProperty(this, "redoName");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final Runnable onCommand = this::refresh;
    private CommandManager attached;

    public DocumentState(DesignerContext context) {
        this.context = context;
        context.documentProperty().addListener((obs, old, now) -> attach(now));
        attach(context.document());
    }

    private void attach(Document document) {
        if (attached != null) {
            attached.removeListener(onCommand);
        }
        attached = document == null ? null : document.commands();
        if (attached != null) {
            attached.addListener(onCommand);
        }
        refresh();
    }

    /** Recomputes every property; also called after a save changes the file name. */
    public void refresh() {
        Document document = context.document();
        if (document == null) {
            return;
        }
        CommandManager commands = document.commands();
        modified.set(document.isModified());
        canUndo.set(commands.canUndo());
        canRedo.set(commands.canRedo());
        undoName.set(commands.undoName().orElse(null));
        redoName.set(commands.redoName().orElse(null));
        Texts texts = context.texts();
        String name = document.displayName(texts.get("app.untitled"));
        title.set(texts.format(document.isModified() ? "app.titleModified" : "app.title", name));
        changes.set(changes.get() + 1);
    }

    /** Increases after every command, undo, redo, save and document switch: a cue to re-read the model. */
    public ReadOnlyLongProperty changesProperty() {
        return changes;
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** The name of the command Undo would revert, or null. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    /** "name - Coexist", with a leading "*" while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title;
    }
}
