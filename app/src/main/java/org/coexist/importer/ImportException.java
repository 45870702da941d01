package org.coexist.importer;

/**
 * A document that cannot be imported, refused as a whole: one line naming the file, the place and what is wrong.
 * Nothing is imported when this is thrown.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String file, String place, String problem) {
        this(file, place, problem, null);
    }

    public ImportException(String file, String place, String problem, Throwable cause) {
        super(oneLine(file) + ": " + (place == null || place.isEmpty() ? "" : oneLine(place) + ": ")
                + oneLine(problem), cause);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
