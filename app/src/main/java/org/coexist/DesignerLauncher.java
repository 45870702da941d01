package org.coexist;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.coexist.ui.CoexistApp;

/** Starts the designer, or says plainly why it cannot. */
final class DesignerLauncher {
    /**
     * JavaFX warns at every start that it runs from the classpath, which is how this jar is meant to run; the
     * logger is held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private DesignerLauncher() {
    }

    static void launch(String[] args) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        try {
            Application.launch(CoexistApp.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("coexist: the designer could not start (" + e.getMessage() + ").");
            System.err.println("It needs a display. Headless, use the command line: java -jar coexist.jar --help");
            System.exit(2);
        }
    }
}
