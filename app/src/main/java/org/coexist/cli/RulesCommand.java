package org.coexist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.coexist.rules.RuleDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Prints the rule catalog: id, severity, summary and the document each rule rests on.")
final class RulesCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--json", description = "Print the catalog as JSON.")
    private boolean json;

    RulesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = context.engine().rules();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            ArrayNode list = root.putArray("rules");
            for (RuleDescriptor rule : rules) {
                ObjectNode node = list.addObject();
                node.put("id", rule.id());
                node.put("number", rule.number());
                node.put("severity", rule.severity().name());
                node.put("summary", rule.summary());
                node.put("source", rule.source().cite());
                SourceFields.put(node, rule.source());
                node.put("form", rule.form());
                node.put("plan", rule.plan());
            }
            context.out().println(root.toString());
            return ExitCodes.CLEAN;
        }
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleDescriptor rule : rules) {
            context.out().printf("%2d  %-7s  %-" + width + "s  %s%n", rule.number(), rule.severity(), rule.id(),
                    rule.summary());
            context.out().printf("    %-7s  %-" + width + "s  source: %s <%s>%n", "", "", rule.source().title(),
                    rule.source().address());
        }
        return ExitCodes.CLEAN;
    }
}
