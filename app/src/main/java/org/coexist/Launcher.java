package org.coexist;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.coexist.cli.Cli;

/**
 * The jar's entry point. Not a JavaFX Application, so that the classpath launch works and the command line
 * never touches the toolkit: with no arguments or a file, it starts the designer; otherwise it runs the CLI,
 * which also refuses a first word that is neither a command nor a file.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.startsDesigner(args)) {
            DesignerLauncher.launch(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}
