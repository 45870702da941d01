package org.coexist.ui.files;

import org.coexist.io.RecoveryCopy;
import org.coexist.model.ChangeSummary;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.FileStamp;

/**
 * A recovery copy left by a designer that is gone, as offered back: the copy, its topology, the state of the file
 * it belonged to and what the copy adds, removes and changes compared with that file (or with nothing, when there
 * is no file to compare with).
 *
 * @param originalStamp what the original file held when the offer was made; null when there is none
 */
public record RecoveryOffer(RecoveryCopy copy, Topology topology, Original original, ChangeSummary diff,
                            FileStamp originalStamp) {

    /** The file the copy belonged to. */
    public enum Original {
        /** The document was never saved. */
        NONE,
        /** The file is there and was compared with the copy. */
        ON_DISK,
        /** The file is gone. */
        MISSING,
        /** The file is there but is not a topology the designer can read. */
        UNREADABLE
    }
}
