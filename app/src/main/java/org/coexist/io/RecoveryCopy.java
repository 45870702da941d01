package org.coexist.io;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a recovery copy belongs to, kept beside it: the file the document was opened from or saved to (null when
 * it never was), the document's name, when the copy was written and the process that wrote it.
 */
public record RecoveryCopy(String id, Path original, String name, Instant saved, ProcessOwner owner) {

    /** The same copy, owned by another process: a designer that restores a copy takes it over. */
    public RecoveryCopy ownedBy(ProcessOwner newOwner) {
        return new RecoveryCopy(id, original, name, saved, newOwner);
    }
}
