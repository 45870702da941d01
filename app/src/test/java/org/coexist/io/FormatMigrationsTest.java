package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Older files are upgraded on the untyped tree before binding, one registered step at a time. */
class FormatMigrationsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();

    /**
     * A made-up version 0 for the test only: it called elements "nodes" and had no forests, everything lived in
     * one implicit forest.
     */
    private static final FormatMigrations.Step NODES_TO_ELEMENTS = (root, file) -> {
        if (!root.has("nodes")) {
            throw new TopologyFileException(file, "$", "a version 0 file without \"nodes\"", "\"nodes\": [...]");
        }
        ArrayNode nodes = (ArrayNode) root.remove("nodes");
        ObjectNode forest = root.putArray("forests").addObject();
        forest.put("id", "f0").put("name", "implicit");
        nodes.forEach(node -> ((ObjectNode) node).put("forest", "f0"));
        root.set("elements", nodes);
    };

    private static final String VERSION_0 = """
            {"format": "coexist-topology", "version": 0, "name": "old",
             "nodes": [{"id": "p1", "type": "FRONT_END_POOL", "version": "LCS_2005_SP1", "x": 5, "y": 6}]}
            """;

    @Test
    void productionReaderRefusesVersionZero() {
        TopologyFileException e = assertThrows(TopologyFileException.class,
                () -> new TopologyReader(CATALOG).read(VERSION_0.getBytes(StandardCharsets.UTF_8), "old.json"));
        assertEquals("old.json: $.version: file version 0 is unknown; expected the integer 1", e.getMessage());
    }

    @Test
    void registeredStepUpgradesAnOlderFileBeforeBinding() throws TopologyFileException {
        TopologyReader reader = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES,
                new FormatMigrations(Map.of(0, NODES_TO_ELEMENTS)));
        Topology topology = reader.read(VERSION_0.getBytes(StandardCharsets.UTF_8), "old.json");
        assertEquals("f0", topology.element("p1").forest());
        assertEquals(5.0, topology.element("p1").x());
        assertEquals("implicit", topology.forest("f0").name());
        String saved = new String(new TopologyWriter().toBytes(topology), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"version\": 1,"), saved);
        assertTrue(!saved.contains("nodes"), saved);
    }

    @Test
    void stepCanRefuseAMalformedOldFile() {
        TopologyReader reader = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES,
                new FormatMigrations(Map.of(0, NODES_TO_ELEMENTS)));
        byte[] json = "{\"format\": \"coexist-topology\", \"version\": 0}".getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "old.json"));
        assertEquals("old.json: $: a version 0 file without \"nodes\"; expected \"nodes\": [...]", e.getMessage());
    }

    @Test
    void oldestReadableFollowsTheChainOfSteps() {
        assertEquals(1, new FormatMigrations().oldestReadable());
        assertEquals(0, new FormatMigrations(Map.of(0, NODES_TO_ELEMENTS)).oldestReadable());
        FormatMigrations gap = new FormatMigrations(Map.of(-1, NODES_TO_ELEMENTS));
        assertEquals(1, gap.oldestReadable(), "a step from -1 without one from 0 cannot reach version 1");
        TopologyReader reader = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES,
                new FormatMigrations(Map.of(0, NODES_TO_ELEMENTS)));
        byte[] json = "{\"format\": \"coexist-topology\", \"version\": -1}".getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "old.json"));
        assertTrue(e.getMessage().endsWith("; expected an integer version from 0 to 1"), e.getMessage());
    }

    @Test
    void aStepPastTheCurrentVersionIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new FormatMigrations(Map.of(1, NODES_TO_ELEMENTS)));
    }
}
