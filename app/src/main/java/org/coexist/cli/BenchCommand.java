package org.coexist.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.coexist.bench.Benchmark;
import org.coexist.bench.WorkClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures validation, loading, saving and memory on a seeded synthetic topology.",
            "Keys: fullValidationMs, incrementalP50Micros, incrementalP99Micros, loadMs, parseMs, saveMs, "
                    + "heapBytesPerElement, loadToParseRatio, incrementalP99PercentOfFull, elements, links."})
final class BenchCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--elements", paramLabel = "N", defaultValue = "10000",
            description = "Elements in the synthetic topology (default ${DEFAULT-VALUE}).")
    private int elements;

    @Option(names = "--edits", paramLabel = "N", defaultValue = "1000",
            description = "Single edits timed for incremental revalidation (default ${DEFAULT-VALUE}).")
    private int edits;

    @Option(names = "--seed", defaultValue = "20261121", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    private boolean json;

    @Option(names = "--clock", paramLabel = "CLOCK", defaultValue = "work",
            description = {"work (default): the benchmark thread's processor time plus garbage collection time, "
                    + "which a busy shared machine does not inflate; wall: elapsed time."})
    private String clock;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (elements < 1 || edits < 1) {
            context.err().println("coexist bench: --elements and --edits must be at least 1");
            return ExitCodes.UNREADABLE;
        }
        LongSupplier nanoClock;
        if (clock.equals("wall")) {
            nanoClock = System::nanoTime;
        } else if (clock.equals("work")) {
            nanoClock = WorkClock.ofCurrentThread();
            if (nanoClock == null) {
                context.err().println("coexist bench: this JVM cannot measure a thread's processor time; "
                        + "use --clock wall");
                return ExitCodes.UNREADABLE;
            }
        } else {
            context.err().println("coexist bench: --clock " + clock + ": expected work or wall");
            return ExitCodes.UNREADABLE;
        }
        Map<String, Number> figures = new Benchmark(context.catalog(), context.engine(), nanoClock)
                .run(elements, edits, seed);
        if (json) {
            context.out().println(new ObjectMapper().writeValueAsString(figures));
        } else {
            figures.forEach((key, value) -> context.out().printf("%-22s %s%n", key, value));
        }
        return ExitCodes.CLEAN;
    }
}
