package org.coexist.cli;

/** Exit statuses of file-format.md. */
public final class ExitCodes {
    /** No errors (warnings allowed). */
    public static final int CLEAN = 0;
    /** Some file has errors. */
    public static final int FINDINGS = 1;
    /** Some file could not be read, or the command line was wrong. */
    public static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
