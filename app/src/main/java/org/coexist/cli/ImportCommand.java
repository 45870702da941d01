package org.coexist.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coexist.importer.ImportException;
import org.coexist.importer.ImportResult;
import org.coexist.importer.Importer;
import org.coexist.importer.SummaryText;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports what is deployed into one topology: Topology Builder documents (.tbxml), published "
                + "topologies (Get-CsTopology -AsXml), Export-CsConfiguration zips, legacy Edge input files of "
                + "Merge-CsLegacyTopology, and Exchange server lists (Get-ExchangeServer as Format-List text, "
                + "Export-Csv or Export-Clixml). The documents of one call make one forest, laid out.",
            "Prints the import summary (mapped, kept as properties, skipped, assumed, cut) on stderr."},
        footer = {"", "Exit status: 0 written, 2 a document could not be read or is of an unknown kind, a version is "
                + "missing without --assume-version, or the output could not be written (nothing is written then).",
            "", "Example: coexist import contoso.tbxml exchange.csv --forest contoso.com --output contoso.coexist.json"})
final class ImportCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to import, of one forest.")
    private List<Path> files;

    @Option(names = "--output", paramLabel = "OUT",
            description = "The topology file to write (default: the first document's name with .coexist.json).")
    private Path output;

    @Option(names = "--forest", paramLabel = "NAME", description = "The forest's name (default: the documents' domain).")
    private String forest;

    @Option(names = "--assume-version", paramLabel = "V",
            description = "The version of Lync/SfB services whose document gives none or one older than Lync 2010 "
                    + "(e.g. OCS_2007_R2). Without it such a document is refused.")
    private String assumeVersion;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ProductVersion assumed = null;
        if (assumeVersion != null) {
            try {
                assumed = ProductVersion.valueOf(assumeVersion.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                assumed = null;
            }
            if (assumed == null || assumed.family() != Family.COMMUNICATIONS) {
                context.err().println("coexist import: --assume-version " + assumeVersion + " is not a communications "
                        + "version; expected one of LCS_2005_SP1, OCS_2007, OCS_2007_R2, LYNC_2010, LYNC_2013, "
                        + "SFB_2015, SFB_2019");
                return ExitCodes.UNREADABLE;
            }
        }
        ImportResult result;
        try {
            result = new Importer(context.catalog()).importFiles(files, forest, assumed);
        } catch (ImportException e) {
            context.err().println(e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        Path target = output != null ? output : defaultOutput(files.get(0));
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            context.err().println(target + ": the folder " + folder + " does not exist");
            return ExitCodes.UNREADABLE;
        }
        try {
            new TopologyWriter().write(result.topology(), target);
        } catch (IOException e) {
            context.err().println(target + ": cannot be written (" + e.getMessage() + ")");
            return ExitCodes.UNREADABLE;
        }
        for (String line : new SummaryText(context.catalog(), Locale.ENGLISH).lines(result.summary())) {
            context.err().println(line);
        }
        context.err().println("wrote " + target + " (" + result.topology().elements().size() + " elements, "
                + result.topology().links().size() + " links)");
        return ExitCodes.CLEAN;
    }

    private static Path defaultOutput(Path first) {
        String name = first.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = first.toAbsolutePath().getParent();
        return parent.resolve(stem + ".coexist.json");
    }
}
