package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import org.coexist.model.Topology;

/** Reads and writes topology files for the designer; the io layer does the work. */
public interface TopologyStore {

    /** The topology in the file; {@link RefusedFileException} with a one-line message for the user when bad. */
    Topology read(Path file) throws RefusedFileException;

    /** Writes atomically: a failed save leaves the old file as it was. */
    void write(Topology topology, Path file) throws IOException;

    /** A file the io layer would not load, with the message to show. */
    final class RefusedFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
