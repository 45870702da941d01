package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.FileStamp;

/**
 * Reads and writes topology files for the designer; the io layer does the work. Every method touches files:
 * the designer calls them off the UI thread.
 */
public interface TopologyStore {

    /**
     * The topology in the file and what the file held; {@link RefusedFileException} with a one-line message for
     * the user when bad. Reports the bytes read to the progress and stops with a
     * {@link java.util.concurrent.CancellationException} when it is cancelled.
     */
    Loaded read(Path file, Progress progress) throws RefusedFileException;

    /** Writes atomically (a failed save leaves the old file as it was) and returns what the file now holds. */
    FileStamp write(Topology topology, Path file) throws IOException;

    /** What the file holds now, or null when it does not exist. */
    default FileStamp stamp(Path file) throws IOException {
        return FileStamp.read(file);
    }

    /** A topology read from a file, with what that file held. */
    record Loaded(Topology topology, FileStamp stamp) {
    }

    /** Where a long read has got to, and whether the user gave it up. */
    interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {
                // Nobody watches.
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        /** {@code done} of {@code total} bytes; a negative total when the rest cannot be measured. */
        void update(long done, long total);

        boolean isCancelled();
    }

    /** A file the io layer would not load, with the message to show. */
    final class RefusedFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
