package org.coexist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coexist.io.FileTooLargeException;
import org.coexist.io.OneLine;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrites topology files in the canonical layout, as the designer saves them (key order, "
                + "two-space indentation, one item per line), each in one atomic save. Files already canonical "
                + "are left untouched.",
            "Prints the name of each file it rewrites (with --check: that it would rewrite)."},
        footer = {"", "Exit status: 0 done (--check: every file canonical), 1 with --check: some file is not "
                + "canonical, 2 some file could not be read or written (its message on stderr).",
            "", "Example, in a pre-commit hook or CI: coexist format --check *.coexist.json"})
final class FormatCommand implements Callable<Integer> {
    private final CliContext context;
    private final TopologyWriter writer = new TopologyWriter();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (.coexist.json).")
    private List<Path> files;

    @Option(names = "--check", description = "Change nothing: list the files that are not canonical, exit 1 if any.")
    private boolean check;

    FormatCommand(CliContext context) {
        this.context = context;
    }

    /** What became of one file. */
    private enum Outcome { CANONICAL, REWRITTEN, REFUSED }

    @Override
    public Integer call() {
        boolean notCanonical = false;
        boolean refused = false;
        for (Path file : files) {
            Outcome outcome = format(file);
            notCanonical |= outcome == Outcome.REWRITTEN;
            refused |= outcome == Outcome.REFUSED;
        }
        if (refused) {
            return ExitCodes.UNREADABLE;
        }
        return check && notCanonical ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private Outcome format(Path file) {
        Topology topology;
        try {
            byte[] before = context.reader().bytes(file);
            topology = context.reader().read(before, file.toString());
            if (writer.matches(topology, before)) {
                return Outcome.CANONICAL;
            }
        } catch (TopologyFileException e) {
            context.err().println(e.getMessage());
            return Outcome.REFUSED;
        }
        try {
            if (check) {
                writer.requireReopenable(topology);
            } else {
                writer.write(topology, file);
            }
        } catch (FileTooLargeException e) {
            return refuse(file, "file: " + e.getMessage());
        } catch (IOException e) {
            return refuse(file, "file: cannot be written (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); it was left as it was");
        }
        context.out().println(OneLine.escape(file.toString()));
        return Outcome.REWRITTEN;
    }

    private Outcome refuse(Path file, String message) {
        context.err().println(OneLine.escape(file + ": " + message));
        return Outcome.REFUSED;
    }
}
