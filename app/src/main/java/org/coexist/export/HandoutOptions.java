package org.coexist.export;

import java.util.Objects;

/**
 * How a PDF handout is made: the paper, and whether it is the trainer's edition (with each phase's answer key)
 * or the room's (without).
 */
public record HandoutOptions(Paper paper, boolean trainer) {
    /** A4, for the room. */
    public static final HandoutOptions ROOM_A4 = new HandoutOptions(Paper.A4, false);

    public HandoutOptions {
        Objects.requireNonNull(paper, "paper");
    }
}
