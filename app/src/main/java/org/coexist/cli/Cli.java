package org.coexist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coexist.io.CatalogReader;
import org.coexist.io.OneLine;
import org.coexist.io.TopologyReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import picocli.CommandLine;

/** The headless command line: builds the shared pieces once and hands them to the subcommands. */
public final class Cli {
    /** The commands, as the refusal of an unknown first word lists them. */
    static final List<String> COMMAND_NAMES = List.of("validate", "format", "rules", "export", "bench", "grade",
            "exercise", "import", "diff", "help");

    /** The first words that mean "run the command line" rather than "start the designer". */
    public static final Set<String> COMMANDS = Stream.concat(COMMAND_NAMES.stream(),
            Stream.of("--help", "-h", "--version", "-V")).collect(Collectors.toUnmodifiableSet());

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Whether the arguments start the designer: none, or a first one that names an existing file. Anything else
     * goes to the command line, which refuses a first word that is neither a command nor a file, rather than a
     * designer that cannot start headless being blamed for a typo.
     */
    public static boolean startsDesigner(String[] args) {
        return args.length == 0 || (!isCommand(args) && !args[0].startsWith("-") && isFile(args[0]));
    }

    private static boolean isFile(String argument) {
        try {
            Path path = Path.of(argument);
            return Files.exists(path) && !Files.isDirectory(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Runs the command line and returns the exit status; no throwable gets past it as a stack trace. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return guarded(err, () -> execute(args, out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs a command; an Error it throws becomes one line on {@code err} and exit status 2. */
    static int guarded(PrintWriter err, IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            // Whatever filled the heap is unreachable once the command has unwound: there is room for a line.
            return fail(err, "out of memory (" + e.getMessage() + "); give Java more with -Xmx, e.g. java -Xmx2g "
                    + "-jar coexist.jar …");
        } catch (StackOverflowError e) {
            return fail(err, "the input is nested too deeply to process (stack overflow)");
        } catch (Error e) {
            return fail(err, "internal error (" + e + ")");
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length > 0 && !isCommand(args) && !args[0].startsWith("-")) {
            String what = isFile(args[0]) ? "is a file, not a command (the designer opens it)"
                    : "is neither a command nor an existing file";
            return fail(err, "\"" + OneLine.name(args[0]) + "\" " + what + "; commands: "
                    + String.join(", ", COMMAND_NAMES) + " (coexist --help)");
        }
        Catalog catalog = CatalogReader.readBundled();
        ValidationEngine engine = new ValidationEngine(catalog, Locale.ENGLISH);
        CliContext context = new CliContext(catalog, engine, new TopologyReader(catalog), out, err);
        CommandLine commandLine = new CommandLine(new CoexistCommand())
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(new FormatCommand(context))
                .addSubcommand(new RulesCommand(context))
                .addSubcommand(new BenchCommand(context))
                .addSubcommand(new ExportCommand(context))
                .addSubcommand(new GradeCommand(context))
                .addSubcommand(new ExerciseCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new DiffCommand(context))
                .addSubcommand(new CommandLine.HelpCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) ->
                fail(err, exception.getMessage() == null ? exception.toString() : exception.getMessage()));
        return commandLine.execute(args);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("coexist: " + OneLine.escape(message));
        return ExitCodes.UNREADABLE;
    }
}
