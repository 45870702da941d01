package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Watches the folder of the open file, on a daemon thread, and says when something happened to that file: an
 * editor saved it, a {@code git checkout} replaced it, it was removed. A burst of events (a save is often a
 * write, a rename and a touch) is told once, when the folder has been quiet for a moment. The watch follows one
 * file at a time; what it says goes through the executor given (the UI thread's).
 */
public final class FolderWatch implements AutoCloseable {
    private static final long QUIET_MILLIS = 150;
    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

    private record Target(Path folder, Path name, WatchKey key, Executor deliver, Runnable onChange) {
    }

    private WatchService service;
    private Thread thread;
    private volatile Target target;

    /** Watches this file from now on (instead of any other) and runs {@code onChange} through the executor. */
    public synchronized void watch(Path file, Executor deliver, Runnable onChange) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Target old = target;
        try {
            start();
            WatchKey key = old != null && old.folder().equals(folder) && old.key().isValid() ? old.key()
                    : folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            if (old != null && old.key() != key) {
                old.key().cancel();
            }
            target = new Target(folder, absolute.getFileName(), key, deliver, onChange);
        } catch (IOException | ClosedWatchServiceException e) {
            // Without a watch the designer still works; a change on disk is then caught when saving over it.
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + folder + " for changes: " + e.getMessage());
            stop();
        }
    }

    /** Watches nothing until the next {@link #watch}. */
    public synchronized void stop() {
        Target old = target;
        target = null;
        if (old != null) {
            old.key().cancel();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the folder watch: " + e.getMessage());
            }
        }
    }

    private void start() throws IOException {
        if (service == null) {
            service = FileSystems.getDefault().newWatchService();
            thread = new Thread(this::run, "coexist-folder-watch");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        WatchService watching = service;
        try {
            while (true) {
                WatchKey key = watching.take();
                boolean touched = concernsTarget(key);
                // Gather the rest of the burst, then tell once.
                for (WatchKey more = watching.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watching.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    touched |= concernsTarget(more);
                }
                Target now = target;
                if (touched && now != null) {
                    now.deliver().execute(now.onChange());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed at exit.
        }
    }

    private boolean concernsTarget(WatchKey key) {
        Target now = target;
        boolean touched = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (now != null && key == now.key() && (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || now.name().equals(event.context()))) {
                touched = true;
            }
        }
        key.reset();
        return touched;
    }
}
