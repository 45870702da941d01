package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Every rule of rules.json is broken in some phase of some shipped sample, so that a trainer can show each one and
 * {@link SamplesTest}'s pinned findings hold each one to its subjects. A plan rule breaks the phase its finding
 * names (the whole design shows it beside that phase). A rule no sample can break would be listed in
 * {@link #EXEMPT} with the reason; none is.
 */
class SampleCoverageTest {
    /** Rule id to why no shipped sample breaks it. */
    private static final Map<String, String> EXEMPT = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static InputStream resource(String path) {
        return SampleCoverageTest.class.getResourceAsStream(path);
    }

    private static List<String> ruleIds() throws IOException {
        try (InputStream in = resource("/assets/rules/rules.json")) {
            List<String> ids = new ArrayList<>();
            JSON.readTree(in).get("entries").forEach(entry -> ids.add(entry.get("id").asText()));
            return ids;
        }
    }

    private static List<String> sampleNames() throws IOException {
        try (InputStream in = resource("/assets/samples/index.json")) {
            List<String> names = new ArrayList<>();
            JSON.readTree(in).forEach(node -> names.add(node.asText()));
            return names;
        }
    }

    private static Topology load(String name) throws IOException, TopologyFileException {
        try (InputStream in = resource("/assets/samples/" + name)) {
            return new TopologyReader(Fixture.CATALOG).read(in.readAllBytes(), name);
        }
    }

    /** Rule id to the sample phases ("sample#phase") that break it. */
    private static Map<String, Set<String>> brokenBy() throws Exception {
        Map<String, Set<String>> broken = new TreeMap<>();
        for (String name : sampleNames()) {
            Topology topology = load(name);
            for (Phase phase : topology.phases()) {
                for (Finding finding : Fixture.ENGINE.validate(topology.without(phase.hidden()))) {
                    broken.computeIfAbsent(finding.rule(), k -> new TreeSet<>()).add(name + "#" + phase.id());
                }
            }
            for (Finding finding : Fixture.ENGINE.validate(topology)) {
                if (finding.isAboutPlan()) {
                    broken.computeIfAbsent(finding.rule(), k -> new TreeSet<>()).add(name + "#" + finding.phase());
                }
            }
        }
        return broken;
    }

    @Test
    void everyRuleOfTheCatalogIsBrokenInSomeSamplePhase() throws Exception {
        List<String> ids = ruleIds();
        assertEquals(Fixture.ENGINE.rules().size(), ids.size(), "rules.json is the engine's catalog");
        Map<String, Set<String>> broken = brokenBy();
        Set<String> unbroken = new TreeSet<>();
        for (String id : ids) {
            if (!broken.containsKey(id)) {
                unbroken.add(id);
            }
        }
        assertEquals(new TreeSet<>(EXEMPT.keySet()), unbroken, "rules no shipped sample phase breaks");
    }
}
