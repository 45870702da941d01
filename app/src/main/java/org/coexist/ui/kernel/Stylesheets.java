package org.coexist.ui.kernel;

/** The designer's stylesheets, for its main window and every other window it opens. */
public final class Stylesheets {
    public static final String MAIN = "/org/coexist/ui/coexist.css";
    /** Presentation mode's looks, apart so that the shell and canvas sections of the main one stay as they are. */
    public static final String PRESENTATION = "/org/coexist/ui/present/presentation.css";

    private Stylesheets() {
    }
}
