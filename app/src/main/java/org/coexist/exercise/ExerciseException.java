package org.coexist.exercise;

/** A file whose exercise block cannot be used; the message names the place ($.exercise...) and what is wrong. */
public final class ExerciseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExerciseException(String message) {
        super(message);
    }
}
