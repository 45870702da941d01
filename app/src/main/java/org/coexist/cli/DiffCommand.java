package org.coexist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coexist.diff.DiffReport;
import org.coexist.diff.PhaseDiff;
import org.coexist.importer.ImportException;
import org.coexist.importer.Importer;
import org.coexist.io.TopologyFileException;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares a design with what is deployed, phase by phase: what the design has that is not "
                + "deployed yet, what is deployed but not in the design, and what differs (type, version, host, "
                + "members, back end). Elements match by fully qualified name and host, not by id.",
            "DEPLOYED is a topology file or any document coexist import reads.",
            "Text: one line per phase, then the differences against the phase the deployment is at (else the "
                    + "closest phase, else the whole design)."},
        footer = {"", "Exit status: 0 the deployment matches the design (some phase of it, or the whole design when "
                + "it has no phases), 1 differences, 2 a file could not be read.",
            "", "Example: coexist diff migration.coexist.json contoso.tbxml --json"})
final class DiffCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The design (.coexist.json).")
    private Path design;

    @Parameters(index = "1", paramLabel = "DEPLOYED", description = "A topology file or an importable document.")
    private Path deployed;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--assume-version", paramLabel = "V",
            description = "For an imported DEPLOYED document without versions, as for coexist import.")
    private String assumeVersion;

    DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Topology designTopology;
        Topology deployedTopology;
        try {
            designTopology = context.reader().read(design);
            deployedTopology = readDeployed();
        } catch (TopologyFileException | ImportException e) {
            context.err().println(e.getMessage());
            return ExitCodes.UNREADABLE;
        } catch (IllegalArgumentException e) {
            context.err().println("coexist diff: " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        PhaseDiff diff = PhaseDiff.compare(designTopology, deployedTopology);
        if (json) {
            context.out().println(DiffJson.of(diff).toString());
        } else {
            printText(diff);
        }
        return diff.matches() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    private Topology readDeployed() throws TopologyFileException, ImportException {
        String name = deployed.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return context.reader().read(deployed);
        }
        ProductVersion assumed = null;
        if (assumeVersion != null) {
            assumed = ProductVersion.valueOf(assumeVersion.strip().toUpperCase(Locale.ROOT));
            if (assumed.family() != Family.COMMUNICATIONS) {
                throw new IllegalArgumentException("--assume-version " + assumeVersion
                        + " is not a communications version");
            }
        }
        return new Importer(context.catalog()).importFiles(List.of(deployed), null, assumed).topology();
    }

    private void printText(PhaseDiff diff) {
        for (PhaseDiff.PhaseResult phase : diff.phases()) {
            DiffReport r = phase.report();
            String state = r.identical() ? "matches the deployment" : r.notDeployed().size() + " not deployed, "
                    + r.notDesigned().size() + " not in the design, " + r.differing().size() + " differ";
            String mark = phase.phaseId().equals(diff.currentPhase()) ? "  <- the deployment is here" : "";
            context.out().println("phase " + phase.phaseId() + " \"" + phase.phaseName() + "\": " + state + mark);
        }
        String against = diff.currentPhase() != null ? "phase " + diff.currentPhase()
                : diff.closestPhase() != null ? "phase " + diff.closestPhase() + " (the closest)" : "the whole design";
        DiffReport reference = diff.reference();
        context.out().println("against " + against + ":");
        for (DiffReport.Side side : reference.notDeployed()) {
            context.out().println("NOT DEPLOYED  " + describe(side));
        }
        for (DiffReport.Side side : reference.notDesigned()) {
            context.out().println("NOT IN DESIGN " + describe(side));
        }
        for (DiffReport.Difference difference : reference.differing()) {
            StringBuilder line = new StringBuilder("DIFFERS       " + describe(difference.design()) + ":");
            for (DiffReport.Change change : difference.changes()) {
                line.append(' ').append(change.field()).append(' ').append(orNone(change.design())).append(" -> ")
                        .append(orNone(change.deployed())).append(';');
            }
            context.out().println(line.substring(0, line.length() - 1));
        }
        if (reference.identical()) {
            context.out().println("no differences");
        }
    }

    private String describe(DiffReport.Side side) {
        return context.catalog().spec(side.type()).label() + " " + side.name() + " ("
                + context.catalog().label(side.version()).label() + ")";
    }

    private static String orNone(String value) {
        return value == null || value.isEmpty() ? "(none)" : value;
    }

    /** The JSON form: every phase with its lists, the whole design's, and where the deployment is. */
    static final class DiffJson {
        private DiffJson() {
        }

        static ObjectNode of(PhaseDiff diff) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("matches", diff.matches());
            root.put("currentPhase", diff.currentPhase());
            root.put("closestPhase", diff.closestPhase());
            ArrayNode phases = root.putArray("phases");
            for (PhaseDiff.PhaseResult phase : diff.phases()) {
                ObjectNode node = report(phases.addObject(), phase.report());
                node.put("id", phase.phaseId());
                node.put("name", phase.phaseName());
            }
            report(root.putObject("whole"), diff.whole());
            return root;
        }

        private static ObjectNode report(ObjectNode node, DiffReport report) {
            node.put("identical", report.identical());
            sides(node.putArray("notDeployed"), report.notDeployed());
            sides(node.putArray("notInDesign"), report.notDesigned());
            ArrayNode differing = node.putArray("differing");
            for (DiffReport.Difference difference : report.differing()) {
                ObjectNode d = differing.addObject();
                d.put("design", difference.design().id());
                d.put("deployed", difference.deployed().id());
                d.put("name", difference.design().name());
                ArrayNode changes = d.putArray("changes");
                for (DiffReport.Change change : difference.changes()) {
                    changes.addObject().put("field", change.field()).put("design", change.design())
                            .put("deployed", change.deployed());
                }
            }
            return node;
        }

        private static void sides(ArrayNode array, List<DiffReport.Side> sides) {
            for (DiffReport.Side side : sides) {
                array.addObject().put("id", side.id()).put("name", side.name()).put("type", side.type().name())
                        .put("version", side.version().name()).put("host", side.host());
            }
        }
    }
}
