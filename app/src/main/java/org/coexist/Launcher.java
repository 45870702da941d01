package org.coexist;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.coexist.cli.Cli;

/**
 * The jar's entry point. Not a JavaFX Application, so that the classpath launch works and the command line
 * never touches the toolkit: with a command it runs the CLI; with no arguments or with files, the designer.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            System.exit(Cli.run(args, out, err));
        }
        DesignerLauncher.launch(args);
    }
}
