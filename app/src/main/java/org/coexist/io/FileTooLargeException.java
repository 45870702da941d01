package org.coexist.io;

import java.io.IOException;

/** A save refused because the file it would write is past what the reader opens; nothing was written. */
public final class FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FileTooLargeException(String message) {
        super(message);
    }
}
