package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits that keep every file under the size cap loadable and savable in a 512 MiB heap (issue 12: 32 MiB of
 * empty objects in an unknown field needed 1.5 GB). What a file may hold is bounded in tokens and depth; saving
 * holds one copy of the bytes.
 */
class TopologyReaderLimitsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    /** Every field the writer writes, so that a saved file has as many tokens as the file read. */
    private static final String HEAD = "{\"format\":\"coexist-topology\",\"version\":1,\"name\":\"\",\"forests\":[],"
            + "\"elements\":[],\"links\":[],\"junk\":[";

    private final TopologyReader reader = new TopologyReader(CATALOG);
    private final TopologyWriter writer = new TopologyWriter();

    /** An unknown field of n empty objects: the costliest token there is to keep for the round trip. */
    private static byte[] emptyObjects(int n) {
        StringBuilder json = new StringBuilder(HEAD.length() + 3 * n + 3).append(HEAD);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Tokens of the document around the junk array's items: brackets, the header, the empty sections. */
    private static final int AROUND = 20;
    /** The most empty objects that keep the document within the limit: two tokens each. */
    private static final int MOST = (int) (JsonDocumentParser.MAX_TOKENS - AROUND) / 2;

    @Test
    void refusesMoreTokensThanTheLimitOnBothPaths() {
        byte[] json = emptyObjects(MOST + 1);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "t.json"));
        assertTrue(e.location().startsWith("line 1, column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": more than 4,000,000 keys, values and brackets; expected a document of "
                + "at most 4,000,000 keys, values and brackets"), e.getMessage());
    }

    @Test
    void loadsSavesAndReopensAFileAtTheTokenLimit(@TempDir Path dir) throws TopologyFileException, IOException {
        byte[] json = emptyObjects(MOST);
        Topology topology = reader.read(json, "t.json");
        assertEquals(MOST, ((List<?>) topology.extra().get("junk")).size());
        Path file = dir.resolve("t.coexist.json");
        writer.write(topology, file);
        byte[] saved = Files.readAllBytes(file);
        assertTrue(writer.matches(topology, saved));
        assertArrayEquals(saved, writer.toBytes(reader.read(file)));
    }

    /** Saving writes the name a file left out: two tokens more, past the limit; such a file is not written. */
    @Test
    void refusesToSaveWhatCouldNotBeReopened(@TempDir Path dir) throws TopologyFileException, IOException {
        byte[] json = new String(emptyObjects(MOST + 1), StandardCharsets.UTF_8).replace("\"name\":\"\",", "")
                .getBytes(StandardCharsets.UTF_8);
        Topology topology = reader.read(json, "t.json");
        Path file = dir.resolve("t.coexist.json");
        Files.writeString(file, "before");
        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> writer.write(topology, file));
        assertEquals(String.format(Locale.ROOT, "saved, the file would be %,d bytes with 4,000,002 keys, values and "
                + "brackets, more than Coexist opens (33,554,432 bytes, 4,000,000); nothing was written",
                writer.toBytes(topology).length), e.getMessage());
        assertEquals("before", Files.readString(file));
        assertThrows(FileTooLargeException.class, () -> writer.requireReopenable(topology));
    }

    /** The writer counts tokens as the reader does, on the bytes it writes. */
    @Test
    void theWriterCountsTokensAsTheParserDoes() throws IOException, TopologyFileException {
        for (Path sample : List.of(Fixtures.path("valid/example.coexist.json"),
                Fixtures.path("valid/forward-compatible.coexist.json"))) {
            byte[] bytes = writer.toBytes(reader.read(sample));
            ByteSinks.Counting counting = new ByteSinks.Counting();
            counting.write(bytes, 0, bytes.length);
            long tokens = 0;
            try (JsonParser parser = new JsonFactory().createParser(bytes)) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
            assertEquals(tokens, counting.tokens(), sample.toString());
            assertEquals(bytes.length, counting.count());
        }
    }

    @Test
    void theUnlimitedReaderCountsNoTokens() throws TopologyFileException {
        byte[] json = emptyObjects(MOST + 1);
        assertThrows(TopologyFileException.class, () -> reader.read(json, "t.json"));
        Topology topology = TopologyReader.unlimited(CATALOG).read(json, "t.json");
        assertEquals(MOST + 1, ((List<?>) topology.extra().get("junk")).size());
    }

    /** Each level of nesting costs two spaces of indentation per line on saving: depth is bounded too. */
    @Test
    void refusesNestingDeeperThanTheLimit() throws TopologyFileException {
        String deepest = "[".repeat(JsonDocumentParser.MAX_NESTING_DEPTH - 1) + "]".repeat(
                JsonDocumentParser.MAX_NESTING_DEPTH - 1);
        byte[] ok = (HEAD.replace("\"junk\":[", "\"junk\":") + deepest + "}").getBytes(StandardCharsets.UTF_8);
        assertEquals(1, reader.read(ok, "n.json").extra().size());
        byte[] deeper = (HEAD.replace("\"junk\":[", "\"junk\":") + "[" + deepest + "]}").getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(deeper, "n.json"));
        assertTrue(e.getMessage().contains("objects and arrays nested more than 20 levels deep"), e.getMessage());
    }

    @Test
    void writerSinksAgreeOnTheBytes() {
        byte[] expected = {1, 2, 3};
        ByteSinks.Comparing same = new ByteSinks.Comparing(expected);
        same.write(new byte[] {1, 2}, 0, 2);
        same.write(3);
        assertTrue(same.matched());
        ByteSinks.Comparing shorter = new ByteSinks.Comparing(expected);
        shorter.write(new byte[] {1, 2}, 0, 2);
        assertEquals(false, shorter.matched());
        ByteSinks.Comparing longer = new ByteSinks.Comparing(expected);
        longer.write(new byte[] {1, 2, 3, 4}, 0, 4);
        assertEquals(false, longer.matched());
        ByteSinks.Comparing other = new ByteSinks.Comparing(expected);
        other.write(new byte[] {1, 9, 3}, 0, 3);
        assertEquals(false, other.matched());
    }
}
