package org.coexist.rules;

/** The rule catalog is malformed: the message names the file, the entry and what is wrong. */
public final class RuleDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleDataException(String message) {
        super(message);
    }

    public RuleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
