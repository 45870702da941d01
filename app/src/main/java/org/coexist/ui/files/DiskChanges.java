package org.coexist.ui.files;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.FileStamp;

/**
 * Notices when the open file changes on disk (another editor, a {@code git checkout}) and offers to read it
 * again: at once and with only a notice when the document has no unsaved changes; after asking when it has,
 * keeping the user's version if they say so (that change is not offered again). What the file holds is compared
 * with what it held when loaded or saved, so the designer's own saves go unnoticed.
 */
public final class DiskChanges {
    private final DesignerContext context;
    private final FileServices services;
    private final FileTasks tasks;
    private final DocumentFiles files;
    private final FileQuestions dialogs;
    private final Consumer<String> notices;
    private final Executor uiThread;
    private Path watched;
    private boolean checking;
    private boolean again;

    /**
     * @param uiThread runs what the watch thread reports on the UI thread ({@code Platform::runLater})
     * @param changes  changes after every command and save: the cue that the document's file may have changed
     */
    public DiskChanges(DesignerContext context, ObservableValue<?> changes, FileServices services, FileTasks tasks,
                       DocumentFiles files, FileQuestions dialogs, Consumer<String> notices, Executor uiThread) {
        this.context = context;
        this.services = services;
        this.tasks = tasks;
        this.files = files;
        this.dialogs = dialogs;
        this.notices = notices;
        this.uiThread = uiThread;
        context.documentProperty().addListener((obs, old, now) -> follow());
        changes.addListener((obs, old, now) -> follow());
        follow();
    }

    /** Watches the open document's file: a Save As or an open changes which. */
    private void follow() {
        Document document = context.document();
        Path file = document == null ? null : document.file();
        if (file == null ? watched == null : file.equals(watched)) {
            return;
        }
        watched = file;
        if (file == null) {
            services.watch().stop();
        } else {
            services.watch().watch(file, uiThread, this::touched);
        }
    }

    /**
     * Something happened to the file: what it holds is read on the file thread, after any save under way, so
     * that the save's own stamp is known by the time the two are compared.
     */
    private void touched() {
        if (checking) {
            again = true;
            return;
        }
        Document document = context.document();
        Path file = document == null ? null : document.file();
        if (file == null) {
            return;
        }
        checking = true;
        tasks.runQuietly(new Task<FileStamp>() {
            @Override
            protected FileStamp call() throws Exception {
                return services.store().stamp(file);
            }
        }).whenComplete((stamp, failure) -> {
            if (failure == null) {
                compare(document, file, stamp);
            }
            checking = false;
            if (again) {
                again = false;
                touched();
            }
        });
    }

    private void compare(Document document, Path file, FileStamp stamp) {
        if (context.document() != document || !file.equals(document.file()) || stamp == null
                || stamp.equals(document.diskStamp()) || stamp.equals(document.dismissedStamp())) {
            // Another document by now, a file removed (Save writes it again), or what the designer knows.
            return;
        }
        if (!tasks.isIdle()) {
            // An open or a save is under way: the file is looked at again once it is done.
            again = true;
            return;
        }
        if (!document.isModified()) {
            files.reload();
            return;
        }
        if (dialogs.askReloadChanged(document.displayName(context.texts().get("app.untitled")), file)) {
            files.reload();
        } else {
            document.dismiss(stamp);
            notices.accept(context.texts().format("notice.keptChanged", file.getFileName()));
        }
    }
}
