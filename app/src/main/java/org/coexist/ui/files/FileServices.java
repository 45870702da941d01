package org.coexist.ui.files;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coexist.io.ProcessOwner;
import org.coexist.io.RecoveryFolder;
import org.coexist.io.RecoveryStore;
import org.coexist.model.catalog.Catalog;

/**
 * What every window of one designer process shares for its files: the store, the recent files, the recovery
 * copies and the watch on the open file's folder, and the two background threads that do the file work: one
 * opens and saves (one file at a time, in order), the other writes recovery copies, so that a long open never
 * holds up a copy. Built once at start-up, closed at exit.
 */
public final class FileServices implements AutoCloseable {
    private final TopologyStore store;
    private final RecentFiles recent;
    private final RecoveryStore recovery;
    private final ProcessOwner self;
    private final ExecutorService files = Executors.newSingleThreadExecutor(daemon("coexist-files"));
    private final ExecutorService copies = Executors.newSingleThreadExecutor(daemon("coexist-recovery"));
    private final FolderWatch watch = new FolderWatch();

    public FileServices(TopologyStore store, RecentFiles recent, RecoveryStore recovery) {
        this.store = store;
        this.recent = recent;
        this.recovery = recovery;
        this.self = ProcessOwner.current();
    }

    /** The designer's services: the io layer's files and the recovery folder of this user. */
    public static FileServices forDesigner(Catalog catalog, RecentFiles recent) {
        return new FileServices(new IoTopologyStore(catalog), recent, new RecoveryStore(RecoveryFolder.forThisUser()));
    }

    public TopologyStore store() {
        return store;
    }

    public RecentFiles recent() {
        return recent;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    /** This process, which owns the copies it writes. */
    public ProcessOwner self() {
        return self;
    }

    /** Opens, saves and checks files, one after another. */
    public ExecutorService files() {
        return files;
    }

    /** Writes and removes recovery copies, one after another, so that a removal never precedes a write. */
    public ExecutorService copies() {
        return copies;
    }

    public FolderWatch watch() {
        return watch;
    }

    /** Lets the last save and the last removal of a copy finish (briefly), and stops watching. */
    @Override
    public void close() {
        watch.close();
        files.shutdown();
        copies.shutdown();
        try {
            files.awaitTermination(5, TimeUnit.SECONDS);
            copies.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
