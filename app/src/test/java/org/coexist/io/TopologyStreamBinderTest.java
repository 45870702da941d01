package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stream binder is only a shortcut: whatever it returns must be exactly what the tree path binds, and
 * whatever the tree path refuses it must give up on, so that refusals keep their precise messages.
 */
class TopologyStreamBinderTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final String HEADER = "{\"format\": \"coexist-topology\", \"version\": 1, ";

    private final TopologyStreamBinder stream = new TopologyStreamBinder();
    private final JsonDocumentParser parser = new JsonDocumentParser();
    private final FormatMigrations migrations = new FormatMigrations();
    private final TopologyBinder tree = new TopologyBinder();

    @Test
    void bindsRandomFilesExactlyAsTheTreePathDoes() throws TopologyFileException {
        RandomTopologies random = new RandomTopologies(CATALOG, new Random(0x57BEA3L));
        TopologyWriter writer = new TopologyWriter();
        for (int i = 0; i < 200; i++) {
            byte[] json = writer.toBytes(random.next());
            TopologyDocument fast = stream.bind(json);
            assertNotNull(fast, "random-" + i + " took the tree path");
            assertEquals(treeBound(json), fast, "random-" + i);
        }
    }

    @Test
    void bindsValidFixturesExactlyAsTheTreePathDoes() throws IOException, TopologyFileException {
        for (Path file : Fixtures.all("valid")) {
            byte[] json = Files.readAllBytes(file);
            TopologyDocument fast = stream.bind(json);
            assertNotNull(fast, file + " took the tree path");
            assertEquals(treeBound(json), fast, file.toString());
        }
    }

    @Test
    void keepsTheNarrowestNumberTypes() {
        TopologyDocument document = stream.bind(bytes(HEADER + "\"n\": [1, 3000000000, 12345678901234567890, 2.5,"
                + " -0.0, 1e2], \"o\": {\"a\": null, \"b\": true}}"));
        assertNotNull(document);
        assertEquals(List.of(1, 3_000_000_000L, new BigInteger("12345678901234567890"), 2.5, -0.0, 100.0),
                document.extra().get("n"));
        Map<?, ?> object = (Map<?, ?>) document.extra().get("o");
        assertEquals(List.of("a", "b"), List.copyOf(object.keySet()), "file order");
        assertTrue(object.containsKey("a"));
        assertNull(object.get("a"));
        assertEquals(true, object.get("b"));
    }

    @Test
    void bindsTheHeaderWhereverItStands() throws TopologyFileException {
        byte[] json = bytes("{\"forests\": [{\"id\": \"f1\"}], \"version\": 1, \"format\": \"coexist-topology\"}");
        TopologyDocument fast = stream.bind(json);
        assertNotNull(fast);
        assertEquals(treeBound(json), fast);
    }

    /** Every file the tree path refuses or must upgrade: the stream binder must leave it to the tree path. */
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"format\": \"coexist-topology\"}",
        "{\"format\": \"coexist-topology\", \"version\": 0}",
        "{\"format\": \"coexist-topology\", \"version\": 1.0}",
        "{\"format\": \"other\", \"version\": 1}",
        HEADER + "\"name\": 5}",
        HEADER + "\"name\": \"a\", \"name\": \"b\"}",
        HEADER + "\"x\": 1, \"x\": 2}",
        HEADER + "\"forests\": [{\"id\": \"f1\", \"properties\": {\"a\": 1, \"a\": 1}}]}",
        HEADER + "\"forests\": [{\"id\": \"f1\", \"x\": null}]}",
        HEADER + "\"forests\": [{\"id\": \"f1\", \"width\": -1}]}",
        HEADER + "\"forests\": [{\"id\": \"\"}]}",
        HEADER + "\"forests\": [{\"id\": \"f1\", \"extra\": 1e999}]}",
        HEADER + "\"forests\": {}}",
        HEADER + "\"forests\": [5]}",
        HEADER + "\"elements\": [{\"id\": \"e1\", \"type\": \"NOPE\", \"version\": \"LYNC_2013\", \"forest\": \"f\"}]}",
        HEADER + "\"elements\": [{\"id\": \"e1\", \"type\": \"FRONT_END_POOL\", \"version\": \"LYNC_2013\","
                + " \"forest\": \"f\", \"parent\": \"\"}]}",
        HEADER + "\"links\": [{\"id\": \"l1\", \"kind\": \"HOMED_ON\", \"from\": \"a\"}]}",
        HEADER + "\"phases\": [{\"id\": \"ph1\", \"hidden\": [\"a\", 7]}]}",
        HEADER + "\"name\": \"a\"} {}",
        HEADER + "\"name\": \"a\"",
    })
    void leavesWhatTheTreePathRefusesToIt(String text) {
        byte[] json = bytes(text);
        assertNull(stream.bind(json), text);
        assertThrows(TopologyFileException.class, () -> treeBound(json), text);
    }

    @Test
    void leavesEveryBadFixtureThatDoesNotBindToTheTreePath() throws IOException {
        for (Path file : Fixtures.all("bad")) {
            byte[] json = Files.readAllBytes(file);
            TopologyDocument fast = stream.bind(json);
            try {
                assertEquals(treeBound(json), fast, file.toString());
            } catch (TopologyFileException refused) {
                assertNull(fast, file + " is refused by the tree path: " + refused.getMessage());
            }
        }
    }

    private TopologyDocument treeBound(byte[] json) throws TopologyFileException {
        return tree.bind(migrations.toCurrent(parser.parse(json, "t.json"), "t.json"), "t.json");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
