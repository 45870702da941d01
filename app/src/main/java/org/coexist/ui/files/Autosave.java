package org.coexist.ui.files;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.util.Duration;
import org.coexist.io.RecoveryCopy;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.Document;

/**
 * Keeps a recovery copy of the open document while it has unsaved changes. The copy is written once the edits
 * pause for {@link #QUIET}, and at the latest {@link #LATEST} after the first edit it lacks, so a steady stream
 * of edits is saved too. The topology is copied on the UI thread, where it is edited, and written on the
 * recovery thread. When the document has no unsaved changes any more (saved, or undone to its saved state) the
 * copy is removed; so it is when the document is replaced or the designer exits cleanly.
 */
public final class Autosave {
    static final Duration QUIET = Duration.seconds(2);
    static final Duration LATEST = Duration.seconds(5);
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final FileServices services;
    private final PauseTransition timer = new PauseTransition();
    private final Runnable onCommand = this::changed;
    private Document attached;
    /** When the first edit the copy lacks was made (System.nanoTime), or -1 when the copy is current. */
    private long firstUnwritten = -1;
    private boolean stopped;

    public Autosave(ObjectProperty<Document> document, FileServices services) {
        this.services = services;
        timer.setOnFinished(e -> writeCopy());
        document.addListener((obs, old, now) -> attach(now));
        attach(document.get());
    }

    private void attach(Document next) {
        if (attached != null) {
            attached.commands().removeListener(onCommand);
        }
        timer.stop();
        firstUnwritten = -1;
        // A document set to null is moving to another window (a change of language): its copy stays.
        attached = stopped ? null : next;
        if (attached != null) {
            attached.commands().addListener(onCommand);
            changed();
        }
    }

    private void changed() {
        Document document = attached;
        if (!document.isModified()) {
            timer.stop();
            firstUnwritten = -1;
            discard(document);
            return;
        }
        long now = System.nanoTime();
        if (firstUnwritten < 0) {
            firstUnwritten = now;
        }
        double left = LATEST.toMillis() - (now - firstUnwritten) / 1e6;
        timer.stop();
        timer.setDuration(Duration.millis(Math.max(0, Math.min(QUIET.toMillis(), left))));
        timer.playFromStart();
    }

    private void writeCopy() {
        Document document = attached;
        if (document == null || !document.isModified()) {
            return;
        }
        firstUnwritten = -1;
        Topology snapshot = document.topology().copy();
        RecoveryCopy about = new RecoveryCopy(document.recoveryId(), document.file(), document.displayName(""),
                Instant.now(), services.self());
        queue(() -> {
            try {
                services.recovery().write(about, snapshot);
            } catch (IOException | RuntimeException e) {
                // The document itself is unharmed; only its safety net is missing, and the next edit tries again.
                LOG.log(System.Logger.Level.WARNING, "cannot write the recovery copy " + about.id() + ": " + e);
            }
        });
    }

    /** Removes the document's copy, after any write of it already queued. */
    public void discard(Document document) {
        if (document == null) {
            return;
        }
        String id = document.recoveryId();
        queue(() -> {
            try {
                services.recovery().delete(id);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove the recovery copy " + id + ": " + e);
            }
        });
    }

    private void queue(Runnable work) {
        try {
            services.copies().execute(work);
        } catch (RejectedExecutionException e) {
            // The designer is exiting: the copies thread has stopped taking work.
            LOG.log(System.Logger.Level.DEBUG, "recovery work after exit dropped");
        }
    }

    /** Writes no more copies: the window is closing and its document's copy is being removed. */
    public void stop() {
        stopped = true;
        attach(null);
    }
}
