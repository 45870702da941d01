package org.coexist.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A save refused because the file is read-only: replacing it by a rename would succeed where writing it would
 * not, and would quietly undo the user's choice to protect it. The file is left as it was.
 */
public final class ReadOnlyFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(Path file) {
        super(file.toString(), null, "the file is read-only, so it was not replaced; save under another name");
    }
}
