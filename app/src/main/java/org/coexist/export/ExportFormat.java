package org.coexist.export;

import java.nio.file.Path;
import java.util.Locale;

/** The files Coexist exports a diagram to. */
public enum ExportFormat {
    PNG("png"),
    SVG("svg"),
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a file name's extension names, or null when it names none of them. */
    public static ExportFormat ofFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String text = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (text.endsWith("." + format.extension)) {
                return format;
            }
        }
        return null;
    }
}
