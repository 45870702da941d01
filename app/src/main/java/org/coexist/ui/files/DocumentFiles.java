package org.coexist.ui.files;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.coexist.io.ReadOnlyFileException;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.FileStamp;
import org.coexist.ui.kernel.Texts;

/**
 * New, Open, Save, Save As and Close of the one open document. Asks before unsaved changes are lost, never
 * replaces the open document with a file the io layer refused, and reads and writes files off the UI thread:
 * every operation returns a stage that completes on the UI thread with whether it was done. A replaced document's
 * recovery copy goes with it.
 */
public final class DocumentFiles {
    private final DesignerContext context;
    private final DocumentState state;
    private final FileQuestions dialogs;
    private final FileServices services;
    private final FileTasks tasks;
    private final Autosave autosave;
    private final Consumer<String> notices;

    /** @param notices shows a passing line in the status bar */
    public DocumentFiles(DesignerContext context, DocumentState state, FileQuestions dialogs, FileServices services,
                         FileTasks tasks, Consumer<String> notices) {
        this.context = context;
        this.state = state;
        this.dialogs = dialogs;
        this.services = services;
        this.tasks = tasks;
        this.notices = notices;
        this.autosave = new Autosave(context.documentProperty(), services);
    }

    public RecentFiles recent() {
        return services.recent();
    }

    public FileTasks tasks() {
        return tasks;
    }

    /** A new empty topology, after asking about unsaved changes. */
    public CompletionStage<Boolean> newDocument() {
        return whenIdle(() -> confirmDiscard().thenApply(ok -> {
            if (ok) {
                show(new Document(new Topology(), null, context.engine()));
            }
            return ok;
        }));
    }

    /** Close: the window keeps a document, so closing leaves a new empty one. */
    public CompletionStage<Boolean> close() {
        return newDocument();
    }

    /** Asks for a file and opens it. */
    public CompletionStage<Boolean> open() {
        return whenIdle(() -> confirmDiscard().thenCompose(ok -> {
            Path file = ok ? dialogs.chooseFileToOpen(currentDirectory()) : null;
            return file == null ? done(false) : load(file);
        }));
    }

    /** Opens the file (Open Recent, a dropped file), after asking about unsaved changes. */
    public CompletionStage<Boolean> open(Path file) {
        return whenIdle(() -> confirmDiscard().thenCompose(ok -> ok ? load(file) : done(false)));
    }

    /**
     * Opens a topology that has no file, as a sample does, after asking about unsaved changes: Save then asks
     * where, so the bundled sample is never overwritten. The topology is made only once the user agreed.
     */
    public CompletionStage<Boolean> openUntitled(Supplier<Topology> topology) {
        return whenIdle(() -> confirmDiscard().thenApply(ok -> {
            if (ok) {
                show(new Document(topology.get(), null, context.engine()));
            }
            return ok;
        }));
    }

    /**
     * Opens without asking (at start-up, or when the user agreed already), reading off the UI thread. False,
     * having told the user, when the file is refused; false when the user cancels. Should the open document be
     * edited meanwhile, the user is asked again before it is replaced.
     */
    public CompletionStage<Boolean> load(Path file) {
        Document before = context.document();
        long revision = before == null ? 0 : before.commands().revision();
        return tasks.run(new ReadTask(file)).handle((loaded, failure) -> {
            if (failure != null) {
                refused(file, failure);
                return done(false);
            }
            Document now = context.document();
            boolean untouched = now == before && (now == null || now.commands().revision() == revision);
            return (untouched ? done(true) : confirmDiscard()).thenApply(ok -> {
                if (ok) {
                    show(loaded);
                    services.recent().remember(file);
                } else {
                    loaded.close();
                }
                return ok;
            });
        }).thenCompose(stage -> stage);
    }

    /** Saves to the document's file, or asks where when it has none. False when not saved. */
    public CompletionStage<Boolean> save() {
        Document document = context.document();
        if (document.file() == null) {
            return saveAs();
        }
        return whenIdle(() -> write(document, document.file(), false));
    }

    public CompletionStage<Boolean> saveAs() {
        return whenIdle(() -> {
            Document document = context.document();
            Path file = dialogs.chooseFileToSave(suggestedName(document), currentDirectory());
            return file == null ? done(false) : write(document, file, false);
        });
    }

    /** One line for the user: a read-only file in their language, other failures as the system words them. */
    private String saveFailure(Path file, Throwable e) {
        if (e instanceof ReadOnlyFileException) {
            return context.texts().format("dialog.saveFailed.readOnly", file);
        }
        return file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Writes a snapshot of the document, taken now, on the file thread. Saving over its own file when that
     * changed on disk since it was loaded or saved asks first. Edits made while the file is written leave the
     * document unsaved.
     */
    private CompletionStage<Boolean> write(Document document, Path file, boolean overwriteChanged) {
        FileStamp expected = file.equals(document.file()) && !overwriteChanged ? document.diskStamp() : null;
        SaveTask task = new SaveTask(document.topology().copy(), file, expected);
        long revision = document.commands().revision();
        return tasks.run(task).handle((changedOnDisk, failure) -> {
            FileStamp written = task.written();
            if (written != null) {
                document.saved(file, written, revision);
                state.refresh();
                services.recent().remember(file);
                return done(true);
            }
            if (failure != null) {
                if (!(unwrap(failure) instanceof CancellationException)) {
                    Texts texts = context.texts();
                    dialogs.showError(texts.get("dialog.saveFailed.title"), texts.get("dialog.saveFailed.header"),
                            saveFailure(file, unwrap(failure)));
                }
                return done(false);
            }
            return dialogs.askOverwriteChanged(document.displayName(context.texts().get("app.untitled")), file)
                    ? write(document, file, true) : done(false);
        }).thenCompose(stage -> stage);
    }

    /**
     * Completes with true when the open document may be replaced: it has no unsaved changes, or the user saved
     * them or chose not to.
     */
    public CompletionStage<Boolean> confirmDiscard() {
        Document document = context.document();
        if (document == null || !document.isModified()) {
            return done(true);
        }
        return switch (dialogs.askSaveChanges(
                document.displayName(context.texts().get("app.untitled")))) {
            case SAVE -> save();
            case DONT_SAVE -> done(true);
            case CANCEL -> done(false);
        };
    }

    /**
     * Before the window closes: completes with true once unsaved changes are saved or given up, and then
     * removes the document's recovery copy, since the user decided.
     */
    public CompletionStage<Boolean> closeForExit() {
        return confirmDiscard().thenApply(ok -> {
            if (ok) {
                autosave.stop();
                services.watch().stop();
                autosave.discard(context.document());
            }
            return ok;
        });
    }

    /** Reads the open document's file again, replacing the document without asking (the caller asked). */
    public CompletionStage<Boolean> reload() {
        Path file = context.document().file();
        return whenIdle(() -> load(file).thenApply(ok -> {
            if (ok) {
                notices.accept(context.texts().format("notice.reloaded", file.getFileName()));
            }
            return ok;
        }));
    }

    /** Shows the document in place of the open one, whose recovery copy and live validation end. */
    public void show(Document next) {
        Document old = context.document();
        context.documentProperty().set(next);
        if (old != null && old != next) {
            autosave.discard(old);
            old.close();
        }
    }

    private void refused(Path file, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CancellationException) {
            notices.accept(context.texts().format("notice.openCancelled", file.getFileName()));
            return;
        }
        Texts texts = context.texts();
        String message = cause instanceof TopologyStore.RefusedFileException ? cause.getMessage()
                : file + ": " + message(cause);
        dialogs.showError(texts.get("dialog.openFailed.title"), texts.get("dialog.openFailed.header"), message);
    }

    /** One file operation at a time: a second request while one runs does nothing. */
    private CompletionStage<Boolean> whenIdle(Supplier<CompletionStage<Boolean>> operation) {
        return tasks.isIdle() ? operation.get() : done(false);
    }

    private static CompletionStage<Boolean> done(boolean value) {
        return CompletableFuture.completedFuture(value);
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private Path currentDirectory() {
        Document document = context.document();
        if (document != null && document.file() != null) {
            return document.file().toAbsolutePath().getParent();
        }
        return recent().files().isEmpty() ? null : recent().files().get(0).getParent();
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

    /**
     * Reads a topology file on the file thread, reporting the bytes read, and validates it there too: the
     * topology is no one else's yet, and a large design takes a while to check.
     */
    private final class ReadTask extends Task<Document> {
        private final Path file;

        ReadTask(Path file) {
            this.file = file;
            updateMessage(context.texts().format("progress.opening", file.getFileName()));
        }

        @Override
        protected Document call() throws Exception {
            TopologyStore.Loaded loaded = services.store().read(file, new TopologyStore.Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return ReadTask.this.isCancelled();
                }
            });
            return Document.loaded(loaded.topology(), file, loaded.stamp(), context.engine());
        }
    }

    /**
     * Writes a snapshot on the file thread. Its value is the stamp of a file that changed on disk (nothing
     * written); {@link #written()} says what was written, even when a Cancel came too late to stop it.
     */
    private final class SaveTask extends Task<FileStamp> {
        private final Topology snapshot;
        private final Path file;
        private final FileStamp expected;
        private volatile FileStamp written;

        SaveTask(Topology snapshot, Path file, FileStamp expected) {
            this.snapshot = snapshot;
            this.file = file;
            this.expected = expected;
            updateMessage(context.texts().format("progress.saving", file.getFileName()));
            updateProgress(-1, 1);
        }

        @Override
        protected FileStamp call() throws Exception {
            if (expected != null) {
                FileStamp now = services.store().stamp(file);
                if (now != null && !now.equals(expected)) {
                    return now;
                }
            }
            written = services.store().write(snapshot, file);
            return null;
        }

        FileStamp written() {
            return written;
        }
    }
}
