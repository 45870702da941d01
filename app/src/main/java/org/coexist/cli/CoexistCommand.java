package org.coexist.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "coexist", mixinStandardHelpOptions = true, version = "Coexist 1.0",
        description = {
            "Designer and validator for phased migrations of Exchange, LCS, OCS and Lync servers.",
            "",
            "Without a command (or with topology files), java -jar coexist.jar starts the designer."},
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read "
                + "or the command line was wrong."})
final class CoexistCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
