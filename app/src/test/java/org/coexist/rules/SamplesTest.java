package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled samples load, are laid out sensibly, and validate to exactly what their notes say: nothing, or the
 * one deliberate warning about mixed-version routing while OCS 2007 R2 and Lync Server 2013 coexist.
 */
class SamplesTest {
    private static final String ROUTE_WARNING = "lync2013-mixed-version-routing [r2-coexistence-route]";

    /** Expected findings ("rule [subjects]") of the whole design (key "") and of each phase. */
    private static final Map<String, Map<String, List<String>>> EXPECTED = Map.of(
            "ocs2007r2-to-lync2013.coexist.json", phases("", List.of(ROUTE_WARNING), "r2-ph1", List.of(),
                    "r2-ph2", List.of(ROUTE_WARNING), "r2-ph3", List.of(ROUTE_WARNING),
                    "r2-ph4", List.of(ROUTE_WARNING), "r2-ph5", List.of()),
            "exchange2003-to-2007.coexist.json", phases("", List.of(), "ex-ph1", List.of(), "ex-ph2", List.of(),
                    "ex-ph3", List.of(), "ex-ph4", List.of()),
            "groupchat-to-persistentchat.coexist.json", phases("", List.of(), "gc-ph1", List.of(),
                    "gc-ph2", List.of(), "gc-ph3", List.of(), "gc-ph4", List.of()));

    private static Map<String, List<String>> phases(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> findings = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], findings);
        }
        return map;
    }

    private static Topology load(String name) throws IOException, TopologyFileException {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/assets/samples/" + name)) {
            return new TopologyReader(Fixture.CATALOG).read(in.readAllBytes(), name);
        }
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> result = new ArrayList<>();
        findings.forEach(f -> result.add(f.rule() + " " + f.subjects()));
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs2007r2-to-lync2013.coexist.json", "exchange2003-to-2007.coexist.json",
        "groupchat-to-persistentchat.coexist.json"})
    void validatesToWhatItsNotesSay(String name) throws Exception {
        Topology topology = load(name);
        Map<String, List<String>> expected = EXPECTED.get(name);
        assertEquals(expected.get(""), describe(Fixture.ENGINE.validate(topology)), name);
        List<String> phaseIds = new ArrayList<>();
        for (Phase phase : topology.phases()) {
            phaseIds.add(phase.id());
            assertEquals(expected.get(phase.id()),
                    describe(Fixture.ENGINE.validate(topology.without(phase.hidden()))), name + " " + phase.id());
            boolean warns = !expected.get(phase.id()).isEmpty();
            assertEquals(warns, phase.notes().contains("warning lync2013-mixed-version-routing"),
                    "the notes of " + phase.id() + " say whether it shows a warning");
        }
        assertEquals(new ArrayList<>(expected.keySet()).subList(1, expected.size()), phaseIds);
        assertTrue(phaseIds.size() >= 3 && phaseIds.size() <= 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs2007r2-to-lync2013.coexist.json", "exchange2003-to-2007.coexist.json",
        "groupchat-to-persistentchat.coexist.json"})
    void forestsContainTheirElementsAndPoolsTheirMembers(String name) throws Exception {
        Topology topology = load(name);
        for (Element element : topology.elements()) {
            Forest forest = topology.forest(element.forest());
            assertTrue(forest.contains(element.x(), element.y()) && forest.contains(element.x() + 170,
                    element.y() + 60), element.id() + " lies inside " + forest.id());
            if (element.parent() != null) {
                Element pool = topology.element(element.parent());
                assertTrue(element.x() >= pool.x() && element.y() >= pool.y()
                        && element.x() + 170 <= pool.x() + pool.width()
                        && element.y() + 60 <= pool.y() + pool.height(), element.id() + " lies inside its pool");
            }
        }
    }
}
