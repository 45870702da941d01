package org.coexist.ui.files;

import java.util.List;

/**
 * What the user chose for the copies offered: the one to restore (or null) and those to delete. The others stay
 * for the next start.
 */
public record RecoveryAnswer(RecoveryOffer restore, List<RecoveryOffer> discard) {

    public RecoveryAnswer {
        discard = List.copyOf(discard);
    }

    /** Nothing decided: every copy is offered again at the next start. */
    public static RecoveryAnswer later() {
        return new RecoveryAnswer(null, List.of());
    }
}
