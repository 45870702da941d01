package org.coexist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coexist.io.OneLine;
import org.coexist.io.TopologyFileException;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates topology files against every rule and prints the findings.",
            "Text: one line per finding, SEVERITY rule-id subjects: message.",
            "JSON (--json): {\"files\":[{\"file\",\"findings\":[{\"rule\",\"severity\",\"subjects\",\"message\","
                    + "\"source\"}],\"errors\",\"warnings\"}]}",
            "Without --phase, rules about the order of the phases are checked too; their findings name the phase "
                    + "(JSON: \"phase\")."},
        footer = {"", "Exit status: 0 no errors (warnings allowed), 1 some file has errors, "
                + "2 some file could not be read (its message on stderr).",
            "", "Example: coexist validate contoso.coexist.json --phase ph2"})
final class ValidateCommand implements Callable<Integer> {
    private static final int MAX_PHASES_LISTED = 20;

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (.coexist.json).")
    private List<Path> files;

    @Option(names = "--json", description = "Print one JSON object for the whole run.")
    private boolean json;

    @Option(names = "--phase", paramLabel = "ID",
            description = "Validate the topology as it stands in that phase (its hidden ids removed); "
                    + "the order of the phases is not checked then.")
    private String phase;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        ArrayNode fileReports = report.putArray("files");
        int status = ExitCodes.CLEAN;
        for (Path file : files) {
            Topology topology;
            try {
                topology = context.reader().read(file);
            } catch (TopologyFileException e) {
                context.err().println(e.getMessage());
                status = ExitCodes.UNREADABLE;
                continue;
            }
            if (phase != null) {
                Phase chosen = topology.phase(phase);
                if (chosen == null) {
                    context.err().println(OneLine.escape(file + ": no phase with id \"" + OneLine.name(phase)
                            + "\"; the file's phases are " + phaseIds(topology)));
                    status = ExitCodes.UNREADABLE;
                    continue;
                }
                topology = topology.without(chosen.hidden());
            }
            List<Finding> findings = context.engine().validate(topology);
            long errors = findings.stream().filter(Finding::isError).count();
            long warnings = findings.size() - errors;
            if (errors > 0 && status == ExitCodes.CLEAN) {
                status = ExitCodes.FINDINGS;
            }
            if (json) {
                fileReports.add(fileReport(mapper, file, findings, errors, warnings));
            } else {
                printText(file, findings, errors, warnings);
            }
        }
        if (json) {
            context.out().println(report.toString());
        }
        return status;
    }

    private void printText(Path file, List<Finding> findings, long errors, long warnings) {
        if (files.size() > 1) {
            context.out().println(OneLine.escape(file + ":"));
        }
        // Names come from the file: one finding stays one line, and no name drives the terminal.
        for (Finding finding : findings) {
            context.out().println(OneLine.escape(finding.severity() + " " + finding.rule() + " "
                    + String.join(",", finding.subjects()) + ": " + finding.message()));
        }
        context.err().println(OneLine.escape(file + ": " + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings")));
    }

    /** The phase ids for a message, a long list cut short. */
    private static String phaseIds(Topology topology) {
        List<String> ids = topology.phases().stream().limit(MAX_PHASES_LISTED + 1L).map(Phase::id)
                .map(OneLine::name).toList();
        return ids.size() > MAX_PHASES_LISTED ? ids.subList(0, MAX_PHASES_LISTED) + " and "
                + (topology.phases().size() - MAX_PHASES_LISTED) + " more" : ids.toString();
    }

    private static ObjectNode fileReport(ObjectMapper mapper, Path file, List<Finding> findings, long errors,
                                         long warnings) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", file.toString());
        ArrayNode list = node.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode f = list.addObject();
            f.put("rule", finding.rule());
            f.put("severity", finding.severity() == Severity.ERROR ? "ERROR" : "WARNING");
            ArrayNode subjects = f.putArray("subjects");
            finding.subjects().forEach(subjects::add);
            f.put("message", finding.message());
            if (finding.isAboutPlan()) {
                f.put("phase", finding.phase());
            }
            f.put("source", finding.source().cite());
            SourceFields.put(f, finding.source());
        }
        node.put("errors", errors);
        node.put("warnings", warnings);
        return node;
    }
}
