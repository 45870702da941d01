package org.coexist;

import javafx.application.Application;
import org.coexist.ui.CoexistApp;

/** Starts the designer, or says plainly why it cannot. */
final class DesignerLauncher {
    private DesignerLauncher() {
    }

    static void launch(String[] args) {
        try {
            Application.launch(CoexistApp.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("coexist: the designer could not start (" + e.getMessage() + ").");
            System.err.println("It needs a display. Headless, use the command line: java -jar coexist.jar --help");
            System.exit(2);
        }
    }
}
