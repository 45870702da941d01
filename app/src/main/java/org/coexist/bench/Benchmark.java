package org.coexist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.ValidationEngine;

/**
 * Measures, in one run after warm-up, what users feel: full validation, revalidation after single edits,
 * loading and saving, and memory, on a seeded synthetic topology. Figures only; nothing here asserts on time.
 */
public final class Benchmark {
    /** The JIT needs dozens of rounds before figures settle; large topologies stop warming up after a while. */
    private static final int WARM_UP_ROUNDS = 300;
    private static final long WARM_UP_BUDGET_NANOS = 4_000_000_000L;
    private static final int MEASURED_ROUNDS = 11;

    private final Catalog catalog;
    private final ValidationEngine engine;
    private final LongSupplier clock;

    public Benchmark(Catalog catalog, ValidationEngine engine, LongSupplier nanoClock) {
        this.catalog = catalog;
        this.engine = engine;
        this.clock = nanoClock;
    }

    /** The figures, under exactly the keys `coexist bench --json` prints. */
    public Map<String, Number> run(int elementCount, int editCount, long seed) throws IOException,
            TopologyFileException {
        Topology generated = new TopologyGenerator(catalog, seed).generate(elementCount);
        TopologyWriter writer = new TopologyWriter();
        byte[] bytes = writer.toBytes(generated);
        TopologyReader reader = TopologyReader.unlimited(catalog);
        ObjectMapper mapper = new ObjectMapper();

        // Parse and load are compared with each other, so their rounds alternate: a busy moment of the machine
        // then lands on both alike instead of on whichever happened to run during it.
        double[] parseAndLoad = interleavedMedianMs(() -> mapper.readTree(bytes), () -> reader.read(bytes, "benchmark"));
        double parseMs = parseAndLoad[0];
        double loadMs = parseAndLoad[1];
        long heapBefore = usedHeapAfterGc();
        Topology topology = reader.read(bytes, "benchmark");
        long heapAfter = usedHeapAfterGc();
        double saveMs = medianMs(() -> writer.toBytes(topology));
        double fullMs = medianMs(() -> engine.validate(topology));
        long[] incremental = incrementalMicros(topology, editCount, seed);

        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("elements", topology.elements().size());
        figures.put("links", topology.links().size());
        figures.put("fullValidationMs", round(fullMs));
        figures.put("incrementalP50Micros", percentile(incremental, 50));
        figures.put("incrementalP99Micros", percentile(incremental, 99));
        figures.put("loadMs", round(loadMs));
        figures.put("parseMs", round(parseMs));
        figures.put("saveMs", round(saveMs));
        figures.put("heapBytesPerElement", Math.max(0, (heapAfter - heapBefore) / Math.max(1, elementCount)));
        figures.put("loadToParseRatio", round(loadMs / Math.max(1e-6, parseMs)));
        figures.put("incrementalP99PercentOfFull",
                round(100.0 * percentile(incremental, 99) / 1_000.0 / Math.max(1e-6, fullMs)));
        return figures;
    }

    /**
     * Times single edits of every sort, each followed by the live revalidation it triggers. The full pass is timed
     * after warm-up rounds of the same work; so are the edits: the same seeded sequence runs first on a copy of the
     * topology, so that the timed edits meet compiled code, as they would in a designer that has been in use,
     * rather than paths the JIT meets for the first time.
     */
    private long[] incrementalMicros(Topology topology, int editCount, long seed) {
        runEdits(topology.copy(), editCount, seed, null);
        long[] micros = new long[editCount];
        runEdits(topology, editCount, seed, micros);
        return micros;
    }

    /** Runs twice {@code editCount} seeded edits, timing the second half into {@code micros} (unless null). */
    private void runEdits(Topology topology, int editCount, long seed, long[] micros) {
        Random random = new Random(seed + 1);
        List<Element> elements = new ArrayList<>(topology.elements());
        List<Forest> forests = new ArrayList<>(topology.forests());
        try (LiveValidation live = engine.attach(topology)) {
            for (int i = -editCount; i < editCount; i++) {
                if (i == 0 && micros != null) {
                    // Start the measured edits with an empty young generation, so one collection does not
                    // land on an edit by chance.
                    usedHeapAfterGc();
                }
                Runnable edit = randomEdit(topology, random, elements, forests);
                long start = clock.getAsLong();
                edit.run();
                long elapsed = clock.getAsLong() - start;
                if (i >= 0 && micros != null) {
                    micros[i] = elapsed / 1_000;
                }
            }
            if (live.findings().isEmpty()) {
                throw new IllegalStateException("the synthetic topology should make rules fire");
            }
        }
    }

    private Runnable randomEdit(Topology topology, Random random, List<Element> elements, List<Forest> forests) {
        Element element = topology.element(elements.get(random.nextInt(elements.size())).id());
        switch (random.nextInt(6)) {
            case 0: {
                List<ProductVersion> versions = catalog.spec(element.type()).versions();
                ProductVersion version = versions.get(random.nextInt(versions.size()));
                return () -> topology.replaceElement(element.withVersion(version));
            }
            case 1: {
                Forest forest = forests.get(random.nextInt(forests.size()));
                boolean free = element.parent() == null && topology.childrenOf(element.id()).isEmpty();
                return free ? () -> topology.replaceElement(element.withPlacement(forest.id(), null))
                        : () -> topology.replaceElement(element.withPosition(element.x() + 20, element.y()));
            }
            case 2: {
                List<Link> links = topology.linksOf(element.id());
                if (links.isEmpty()) {
                    return () -> topology.replaceElement(element.withName(element.name() + "x"));
                }
                Link link = links.get(random.nextInt(links.size()));
                LinkKind kind = LinkKind.values()[random.nextInt(LinkKind.values().length)];
                return () -> topology.replaceLink(link.withKind(kind));
            }
            case 3: {
                // A bare name, as administrators type it: the same computer as its forest's qualified name.
                String host = TopologyGenerator.computerName(topology.forest(element.forest()),
                        random.nextInt(TopologyGenerator.COMPUTERS_PER_FOREST));
                return () -> topology.replaceElement(element.withProperty(Properties.HOST, host));
            }
            case 4: {
                Element other = topology.element(elements.get(random.nextInt(elements.size())).id());
                List<LinkKind> kinds = catalog.kindsFor(element, other);
                LinkKind kind = kinds.isEmpty() ? LinkKind.ROUTES_TO : kinds.get(0);
                String id = topology.newId("bench");
                return () -> topology.addLink(new Link(id, kind, element.id(), other.id()));
            }
            default: {
                List<Link> links = topology.linksOf(element.id());
                if (links.isEmpty()) {
                    return () -> topology.replaceElement(element.withProperty(Properties.ARCHITECTURE, "x86"));
                }
                String id = links.get(random.nextInt(links.size())).id();
                return () -> topology.removeLink(id);
            }
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private double medianMs(Work work) throws IOException, TopologyFileException {
        return interleavedMedianMs(work)[0];
    }

    /** Warms each up, then times them in turns, round by round; the median of each, in milliseconds. */
    private double[] interleavedMedianMs(Work... works) throws IOException, TopologyFileException {
        double[][] ms = new double[works.length][MEASURED_ROUNDS];
        try {
            for (Work work : works) {
                long warmUpStart = clock.getAsLong();
                for (int i = 0; i < WARM_UP_ROUNDS
                        && (i < 3 || clock.getAsLong() - warmUpStart < WARM_UP_BUDGET_NANOS); i++) {
                    work.run();
                }
            }
            for (int i = 0; i < MEASURED_ROUNDS; i++) {
                for (int w = 0; w < works.length; w++) {
                    long start = clock.getAsLong();
                    works[w].run();
                    ms[w][i] = (clock.getAsLong() - start) / 1e6;
                }
            }
        } catch (IOException | TopologyFileException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double[] medians = new double[works.length];
        for (int w = 0; w < works.length; w++) {
            Arrays.sort(ms[w]);
            medians[w] = ms[w][MEASURED_ROUNDS / 2];
        }
        return medians;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static long percentile(long[] values, int percent) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
