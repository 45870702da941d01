package org.coexist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coexist.export.ExportFormat;
import org.coexist.export.ExportService;
import org.coexist.export.HandoutOptions;
import org.coexist.export.Paper;
import org.coexist.io.OneLine;
import org.coexist.io.TopologyFileException;
import org.coexist.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the diagram as PNG or SVG, or a PDF handout (title page, then one page per phase "
                + "with its diagram, notes and findings)."},
        footer = {"", "Exit status: 0 written, 2 the file could not be read or the output not written.",
            "", "Example: coexist export contoso.coexist.json --format pdf --paper letter --trainer --output contoso.pdf"})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file (.coexist.json).")
    private Path file;

    @Option(names = "--format", required = true, paramLabel = "png|svg|pdf", description = "png, svg or pdf.")
    private String format;

    @Option(names = "--phase", paramLabel = "ID",
            description = "Only that phase: the diagram as it stands in it (PDF: its page after the title page).")
    private String phase;

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "The file to write.")
    private Path output;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1|2",
            description = "Pixels per canvas unit for PNG (default ${DEFAULT-VALUE}; 2 for high-resolution screens).")
    private double scale;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "a4|letter",
            description = "PDF: the paper, landscape (default ${DEFAULT-VALUE}). Diagrams are printed so that their "
                    + "smallest text is at least 7 pt, on further pages when need be.")
    private String paper;

    @Option(names = "--trainer", description = "PDF: the trainer's edition, with each phase's answer key.")
    private boolean trainer;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            context.err().println("coexist export: unknown format \"" + OneLine.name(format)
                    + "\"; expected png, svg or pdf");
            return ExitCodes.UNREADABLE;
        }
        Paper chosenPaper;
        try {
            chosenPaper = Paper.ofKey(paper);
        } catch (IllegalArgumentException e) {
            context.err().println("coexist export: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        Topology topology;
        try {
            topology = context.reader().read(file);
        } catch (TopologyFileException e) {
            context.err().println(e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            context.err().println(OneLine.escape(output + ": the folder " + folder + " does not exist"));
            return ExitCodes.UNREADABLE;
        }
        try {
            ExportService service = new ExportService(context.catalog(), context.engine()::validate);
            if (chosen == ExportFormat.PDF) {
                service.handout(topology, phase, new HandoutOptions(chosenPaper, trainer), output);
            } else {
                service.export(topology, chosen, phase, scale, output);
            }
        } catch (IllegalArgumentException e) {
            context.err().println(OneLine.escape(file + ": " + e.getMessage()));
            return ExitCodes.UNREADABLE;
        } catch (IOException e) {
            context.err().println(OneLine.escape(output + ": cannot be written (" + e.getMessage() + ")"));
            return ExitCodes.UNREADABLE;
        }
        context.err().println(OneLine.escape("wrote " + output));
        return ExitCodes.CLEAN;
    }
}
