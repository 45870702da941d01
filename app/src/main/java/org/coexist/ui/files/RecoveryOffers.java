package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.coexist.io.RecoveryCopy;
import org.coexist.model.Topology;
import org.coexist.model.ChangeSummary;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;

/**
 * At start-up, offers back the recovery copies that designers which are gone left behind: the user restores one
 * (an unsaved document bound to the file it belonged to), discards those not wanted, and finds the others
 * offered again next time. Copies of a designer that still runs are never offered.
 */
public final class RecoveryOffers {
    private static final System.Logger LOG = System.getLogger(RecoveryOffers.class.getName());
    private final DesignerContext context;
    private final FileServices services;
    private final FileTasks tasks;
    private final DocumentFiles files;
    private final FileQuestions dialogs;
    private Consumer<Document> onRestored = document -> { };

    public RecoveryOffers(DesignerContext context, FileServices services, FileTasks tasks, DocumentFiles files,
                          FileQuestions dialogs) {
        this.context = context;
        this.services = services;
        this.tasks = tasks;
        this.files = files;
        this.dialogs = dialogs;
    }

    /** Told the document a copy was restored into, once it shows (the window says so in a note). */
    public void setOnRestored(Consumer<Document> listener) {
        onRestored = listener;
    }

    /**
     * Looks for left-over copies off the UI thread and, when there are some, asks what to do with them.
     * Completes with true when a copy was restored.
     */
    public CompletionStage<Boolean> offer() {
        return tasks.runQuietly(new Task<List<RecoveryOffer>>() {
            @Override
            protected List<RecoveryOffer> call() throws IOException {
                return leftovers();
            }
        }).handle((offers, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "cannot look for recovery copies: " + failure);
                return done(false);
            }
            return offers.isEmpty() ? done(false) : decide(dialogs.askRecovery(offers));
        }).thenCompose(stage -> stage);
    }

    private CompletionStage<Boolean> decide(RecoveryAnswer answer) {
        for (RecoveryOffer discarded : answer.discard()) {
            String id = discarded.copy().id();
            services.copies().execute(() -> {
                try {
                    services.recovery().delete(id);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot remove the recovery copy " + id + ": " + e);
                }
            });
        }
        RecoveryOffer restore = answer.restore();
        if (restore == null) {
            return done(false);
        }
        return files.confirmDiscard().thenApply(ok -> {
            if (ok) {
                restore(restore);
            }
            return ok;
        });
    }

    /** Takes the copy over (no other designer offers it now) and shows it, unsaved, as its file's document. */
    private void restore(RecoveryOffer offer) {
        RecoveryCopy copy = offer.copy();
        services.copies().execute(() -> {
            try {
                services.recovery().claim(copy, services.self());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot take over the recovery copy " + copy.id() + ": " + e);
            }
        });
        Document restored = Document.restored(offer.topology(), copy.original(), offer.originalStamp(), copy.id(),
                context.engine());
        files.show(restored);
        onRestored.accept(restored);
    }

    /** On the file thread: every copy of a gone designer, read and compared with its file. */
    private List<RecoveryOffer> leftovers() throws IOException {
        List<RecoveryOffer> offers = new ArrayList<>();
        for (RecoveryCopy copy : services.recovery().leftovers()) {
            Topology recovered;
            try {
                recovered = services.store().read(services.recovery().copyFile(copy.id()),
                        TopologyStore.Progress.NONE).topology();
            } catch (TopologyStore.RefusedFileException e) {
                // Copies are written atomically by the designer itself: one it cannot read was tampered with.
                LOG.log(System.Logger.Level.WARNING, "recovery copy left alone: " + e.getMessage());
                continue;
            }
            offers.add(compared(copy, recovered));
        }
        return offers;
    }

    private RecoveryOffer compared(RecoveryCopy copy, Topology recovered) {
        Path original = copy.original();
        if (original == null) {
            return new RecoveryOffer(copy, recovered, RecoveryOffer.Original.NONE,
                    ChangeSummary.between(new Topology(recovered.name()), recovered), null);
        }
        if (!Files.exists(original)) {
            return new RecoveryOffer(copy, recovered, RecoveryOffer.Original.MISSING,
                    ChangeSummary.between(new Topology(recovered.name()), recovered), null);
        }
        try {
            TopologyStore.Loaded onDisk = services.store().read(original, TopologyStore.Progress.NONE);
            return new RecoveryOffer(copy, recovered, RecoveryOffer.Original.ON_DISK,
                    ChangeSummary.between(onDisk.topology(), recovered), onDisk.stamp());
        } catch (TopologyStore.RefusedFileException e) {
            return new RecoveryOffer(copy, recovered, RecoveryOffer.Original.UNREADABLE,
                    ChangeSummary.between(new Topology(recovered.name()), recovered), null);
        }
    }

    private static CompletionStage<Boolean> done(boolean value) {
        return CompletableFuture.completedFuture(value);
    }
}
