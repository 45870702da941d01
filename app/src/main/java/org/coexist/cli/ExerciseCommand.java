package org.coexist.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coexist.exercise.Exercise;
import org.coexist.exercise.ExerciseMaker;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "exercise", mixinStandardHelpOptions = true,
        description = {"Turns a design into a graded exercise: its errors become the findings to fix, its warnings "
                + "the findings to keep. Trainees open the result in the designer; coexist grade scores their files."},
        footer = {"", "Exit status: 0 written, 2 the design could not be read or the output not written.",
            "", "Example: coexist exercise broken.coexist.json --phase ph2 --instructions \"Fix the back ends.\" "
                    + "--output exercise.coexist.json"})
final class ExerciseCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "The starting design (.coexist.json).")
    private Path design;

    @Option(names = "--phase", paramLabel = "ID", description = "Grade this phase rather than the whole design.")
    private String phase;

    @Option(names = "--instructions", paramLabel = "TEXT", description = "What the trainee is asked to do.")
    private String instructions = "";

    @Option(names = "--output", required = true, paramLabel = "OUT", description = "The exercise file to write.")
    private Path output;

    ExerciseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Topology topology;
        try {
            topology = context.reader().read(design);
        } catch (TopologyFileException e) {
            context.err().println(e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (phase != null && topology.phase(phase) == null) {
            context.err().println(design + ": no phase with id \"" + phase + "\"");
            return ExitCodes.UNREADABLE;
        }
        Exercise exercise = new ExerciseMaker(context.engine()).make(topology, phase, instructions);
        Map<String, Object> extra = new LinkedHashMap<>(topology.extra());
        extra.put(Exercise.FIELD, exercise.toFileValue());
        topology.setExtra(extra);
        try {
            new TopologyWriter().write(topology, output);
        } catch (IOException e) {
            context.err().println(output + ": cannot be written (" + e.getMessage() + ")");
            return ExitCodes.UNREADABLE;
        }
        context.err().println("wrote " + output + ": " + exercise.mustFix().size() + " findings to fix, "
                + exercise.mustRemain().size() + " to keep");
        return ExitCodes.CLEAN;
    }
}
