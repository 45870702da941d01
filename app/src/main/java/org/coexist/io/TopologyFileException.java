package org.coexist.io;

/**
 * A topology file that was refused as a whole. The message is one readable line meant for the user:
 * {@code "<file>: <location>: <what is wrong>; expected <what was expected>"}. No partial topology exists when
 * this is thrown.
 */
public final class TopologyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The longest location, problem or expectation in a message; long enough for a list of every type. */
    static final int MAX_PART = 600;

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
        super(OneLine.escape(file) + ": " + part(location) + ": " + part(problem) + "; expected " + part(expected),
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

    /**
     * The message lands on one line of a terminal or a dialog, whatever the file holds. Names are already quoted
     * short ({@link JsonText#quote}); the cap catches anything that is not, and never cuts the file name.
     */
    private static String part(String text) {
        return OneLine.escape(OneLine.cut(text == null ? "" : text.strip(), MAX_PART));
    }
}
