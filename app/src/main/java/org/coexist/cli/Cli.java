package org.coexist.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import org.coexist.io.CatalogReader;
import org.coexist.io.TopologyReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import picocli.CommandLine;

/** The headless command line: builds the shared pieces once and hands them to the subcommands. */
public final class Cli {
    /** The first words that mean "run the command line" rather than "start the designer". */
    public static final Set<String> COMMANDS = Set.of("validate", "rules", "bench", "export", "grade", "exercise", "help",
            "--help", "-h", "--version", "-V");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Catalog catalog = CatalogReader.readBundled();
        ValidationEngine engine = new ValidationEngine(catalog, Locale.ENGLISH);
        CliContext context = new CliContext(catalog, engine, new TopologyReader(catalog), out, err);
        CommandLine commandLine = new CommandLine(new CoexistCommand())
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(new RulesCommand(context))
                .addSubcommand(new BenchCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new GradeCommand(context))
                .addSubcommand(new ExerciseCommand(context))
                .addSubcommand(new CommandLine.HelpCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            err.println("coexist: " + (exception.getMessage() == null ? exception.toString() : exception.getMessage()));
            return ExitCodes.UNREADABLE;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
