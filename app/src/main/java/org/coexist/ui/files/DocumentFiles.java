package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.coexist.io.ReadOnlyFileException;
import org.coexist.model.Topology;
import org.coexist.ui.DesignerContext;
import org.coexist.ui.Document;
import org.coexist.ui.Texts;
import org.coexist.ui.dialogs.Dialogs;

/**
 * New, Open, Save, Save As and Close of the one open document. Asks before unsaved changes are lost, and
 * never replaces the open document with a file the io layer refused.
 */
public final class DocumentFiles {
    private final DesignerContext context;
    private final Dialogs dialogs;
    private final TopologyStore store;
    private final RecentFiles recent;

    public DocumentFiles(DesignerContext context, Dialogs dialogs, TopologyStore store, RecentFiles recent) {
        this.context = context;
        this.dialogs = dialogs;
        this.store = store;
        this.recent = recent;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** A new empty topology, after asking about unsaved changes. */
    public void newDocument() {
        if (confirmDiscard()) {
            show(new Topology(), null);
        }
    }

    /** Close: the window keeps a document, so closing leaves a new empty one. */
    public void close() {
        newDocument();
    }

    /** Asks for a file and opens it. */
    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        Path file = dialogs.chooseFileToOpen(currentDirectory());
        if (file != null) {
            load(file);
        }
    }

    /** Opens the file (Open Recent, a dropped file), after asking about unsaved changes. */
    public boolean open(Path file) {
        return confirmDiscard() && load(file);
    }

    /**
     * Opens a topology that has no file, as a sample does, after asking about unsaved changes: Save then asks
     * where, so the bundled sample is never overwritten. The topology is made only once the user agreed.
     */
    public boolean openUntitled(Supplier<Topology> topology) {
        if (!confirmDiscard()) {
            return false;
        }
        show(topology.get(), null);
        return true;
    }

    /** Opens without asking: at start-up. Returns false, having told the user, when the file is refused. */
    public boolean load(Path file) {
        Topology topology;
        try {
            topology = store.read(file);
        } catch (TopologyStore.RefusedFileException e) {
            Texts texts = context.texts();
            dialogs.showError(texts.get("dialog.openFailed.title"), texts.get("dialog.openFailed.header"),
                    e.getMessage());
            return false;
        }
        show(topology, file);
        recent.remember(file);
        return true;
    }

    /** Saves to the document's file, or asks where when it has none. False when not saved. */
    public boolean save() {
        Document document = context.document();
        if (document.file() == null) {
            return saveAs();
        }
        return write(document, document.file());
    }

    public boolean saveAs() {
        Document document = context.document();
        Path file = dialogs.chooseFileToSave(suggestedName(document), currentDirectory());
        return file != null && write(document, file);
    }

    private boolean write(Document document, Path file) {
        try {
            store.write(document.topology(), file);
        } catch (IOException | RuntimeException e) {
            Texts texts = context.texts();
            dialogs.showError(texts.get("dialog.saveFailed.title"), texts.get("dialog.saveFailed.header"),
                    saveFailure(file, e));
            return false;
        }
        document.setFile(file);
        document.commands().markSaved();
        recent.remember(file);
        return true;
    }

    /** One line for the user: a read-only file in their language, other failures as the system words them. */
    private String saveFailure(Path file, Throwable e) {
        if (e instanceof ReadOnlyFileException) {
            return context.texts().format("dialog.saveFailed.readOnly", file);
        }
        return file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * True when the open document may be replaced: it has no unsaved changes, or the user saved them or chose
     * not to.
     */
    public boolean confirmDiscard() {
        Document document = context.document();
        if (document == null || !document.commands().isModified()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(document.displayName())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private void show(Topology topology, Path file) {
        Document old = context.document();
        context.documentProperty().set(new Document(topology, file, context.engine()));
        if (old != null) {
            old.close();
        }
    }

    private Path currentDirectory() {
        Document document = context.document();
        if (document != null && document.file() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return recent.files().isEmpty() ? null : recent.files().get(0).getParent();
    }

    private static String suggestedName(Document document) {
        if (document.file() != null) {
            String name = document.file().getFileName().toString();
            int dot = name.indexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        String name = document.topology().name().replaceAll("[\\\\/:*?\"<>|]", "_").trim();
        return name.isEmpty() ? "topology" : name;
    }
}
