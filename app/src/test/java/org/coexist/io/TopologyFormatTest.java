package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical layout of a saved file, and the round trip of hand-written valid files. */
class TopologyFormatTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();

    private final TopologyReader reader = new TopologyReader(CATALOG);
    private final TopologyWriter writer = new TopologyWriter();

    @Test
    void everyValidFixtureSavesBackToTheSameBytes() throws Exception {
        List<Path> fixtures = Fixtures.all("valid");
        assertTrue(fixtures.size() >= 3, "fixtures found: " + fixtures);
        for (Path file : fixtures) {
            byte[] original = Files.readAllBytes(file);
            byte[] saved = writer.toBytes(reader.read(file));
            assertEquals(new String(original, StandardCharsets.UTF_8), new String(saved, StandardCharsets.UTF_8),
                    file.toString());
            assertArrayEquals(original, saved, file.toString());
        }
    }

    @Test
    void theFileFormatExampleReadsAsDocumented() throws Exception {
        Topology topology = reader.read(Fixtures.path("valid/example.coexist.json"));
        assertEquals("Contoso: OCS 2007 R2 to Lync 2013", topology.name());
        assertEquals("optional free text", topology.description());
        assertEquals(new Forest("f1", "contoso.com", 0, 0, 900, 600,
                Map.of("exchangeOrganizationMode", "native"), Map.of()), topology.forest("f1"));
        assertEquals(new Element("a1", ElementType.ARCHIVING_SERVER, ProductVersion.OCS_2007_R2, "arch01", "f1",
                "p1", 140, 160, 0, 0, Map.of(), Map.of()), topology.element("a1"));
        assertEquals(Boolean.FALSE, topology.element("p1").properties().get("outsideVoiceControl"));
        assertEquals("sql01\\rtc", topology.element("s1").name());
        assertEquals(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"), topology.link("l1"));
        assertEquals(new Phase("ph1", "Deploy Lync 2013 side by side", "optional", List.of("e7", "l9")),
                topology.phase("ph1"));
    }

    @Test
    void unknownFieldsAndPropertiesAreKept() throws Exception {
        Topology topology = reader.read(Fixtures.path("valid/forward-compatible.coexist.json"));
        assertEquals("#336699", topology.forest("f1").extra().get("color"));
        assertEquals(Boolean.TRUE, topology.element("p1").extra().get("locked"));
        assertEquals(Map.of("dashed", true), topology.link("l1").extra().get("style"));
        assertEquals("ops", topology.phase("ph2").extra().get("owner"));
        assertEquals(Map.of("generator", "script v2"), topology.extra().get("schemaHints"));
        assertEquals(List.of(), topology.extra().get("tags"));
        assertEquals("プール", topology.element("p1").properties().get("名前"));
        assertEquals(new BigInteger("12345678901234567890"), topology.element("s1").properties().get("bigNumber"));
        assertEquals(9007199254740993L, topology.element("s1").properties().get("longNumber"));
        assertEquals(320.0, topology.element("p1").width());
        assertEquals(-12.5, topology.forest("f1").x());
        assertNull(topology.description());
    }

    @Test
    void linkEndpointsTheCatalogDoesNotAllowStillLoad() throws Exception {
        Topology topology = reader.read(Fixtures.path("valid/forward-compatible.coexist.json"));
        Link link = topology.link("l2");
        assertFalse(CATALOG.fits(link.kind(), topology.element(link.from()), topology.element(link.to())));
    }

    @Test
    void layoutIsCanonical() {
        Topology topology = new Topology("Layout");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 900.5, 600));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010, "pool",
                "f1", null, 120.0, 80.25, 0, 0, Map.of(), Map.of("id", "shadowed", "z", 1)));
        topology.addPhase(new Phase("ph1", "empty", "", List.of()));
        String text = new String(writer.toBytes(topology), StandardCharsets.UTF_8);
        assertEquals("""
                {
                  "format": "coexist-topology",
                  "version": 1,
                  "name": "Layout",
                  "forests": [
                    {
                      "id": "f1",
                      "name": "contoso.com",
                      "x": 0,
                      "y": 0,
                      "width": 900.5,
                      "height": 600
                    }
                  ],
                  "elements": [
                    {
                      "id": "p1",
                      "type": "FRONT_END_POOL",
                      "version": "LYNC_2010",
                      "name": "pool",
                      "forest": "f1",
                      "x": 120,
                      "y": 80.25,
                      "z": 1
                    }
                  ],
                  "links": [],
                  "phases": [
                    {
                      "id": "ph1",
                      "name": "empty",
                      "hidden": []
                    }
                  ]
                }
                """, text);
    }

    @Test
    void savedFileIsReadableAgain(@TempDir Path dir) throws Exception {
        Topology topology = reader.read(Fixtures.path("valid/forward-compatible.coexist.json"));
        Path file = dir.resolve("saved.coexist.json");
        writer.write(topology, file);
        assertArrayEquals(writer.toBytes(topology), Files.readAllBytes(file));
        assertEquals(topology.elements().stream().toList(), reader.read(file).elements().stream().toList());
    }

    @Test
    void bytesAreUtf8WithNewlineLineEnds() throws IOException, TopologyFileException {
        byte[] saved = writer.toBytes(reader.read(Fixtures.path("valid/forward-compatible.coexist.json")));
        String text = new String(saved, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\"größe\": \"groß\""), "non-ASCII written as is, not escaped");
        assertFalse(text.contains("\" : "));
    }
}
