package org.coexist.io;

/**
 * A topology file that was refused as a whole. The message is one readable line meant for the user:
 * {@code "<file>: <location>: <what is wrong>; expected <what was expected>"}. No partial topology exists when
 * this is thrown.
 */
public final class TopologyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    /**
     * @param file     the file name as the caller gave it
     * @param location a JSON path ({@code $.elements[3].version}) or {@code "line 4, column 17"}
     * @param problem  what is wrong
     * @param expected what the reader expected instead
     */
    public TopologyFileException(String file, String location, String problem, String expected) {
        this(file, location, problem, expected, null);
    }

    TopologyFileException(String file, String location, String problem, String expected, Throwable cause) {
        super(oneLine(file) + ": " + oneLine(location) + ": " + oneLine(problem) + "; expected " + oneLine(expected),
                cause);
        this.file = file;
        this.location = location;
    }

    /** The file name as given to the reader. */
    public String file() {
        return file;
    }

    /** A JSON path like {@code $.elements[3].version}, or {@code "line 4, column 17"}. */
    public String location() {
        return location;
    }

    // The message lands on one line of a terminal or a dialog, whatever the file holds.
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
