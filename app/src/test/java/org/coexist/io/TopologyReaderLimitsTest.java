package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.function.UnaryOperator;
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

    /** The limits at a small scale, so that the tests build small files; the real one is tested once. */
    private static final int TOKENS = 1_000;
    /** Tokens of the document around the junk array's items: brackets, the header, the empty sections. */
    private static final int AROUND = 20;

    private final TopologyReader reader = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES, TOKENS,
            new FormatMigrations());
    private final TopologyWriter writer = new TopologyWriter(UnaryOperator.identity(),
            TopologyReader.DEFAULT_MAX_BYTES, TOKENS);

    /** An unknown field of n empty objects: the costliest token there is to keep for the round trip. */
    private static byte[] emptyObjects(int n) {
        StringBuilder json = new StringBuilder(HEAD.length() + 3 * n + 3).append(HEAD);
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The most empty objects that keep the document within a limit: two tokens each. */
    private static int most(long tokens) {
        return (int) (tokens - AROUND) / 2;
    }

    @Test
    void refusesMoreTokensThanTheLimitOnBothPaths() {
        byte[] json = emptyObjects(most(JsonDocumentParser.MAX_TOKENS) + 1);
        TopologyReader users = new TopologyReader(CATALOG);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> users.read(json, "t.json"));
        assertTrue(e.location().startsWith("line 1, column "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": more than 4,000,000 keys, values and brackets; expected a document of "
                + "at most 4,000,000 keys, values and brackets"), e.getMessage());
        // The tree path counts as the stream path does: an older file goes the tree path only.
        TopologyReader upgrading = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES, TOKENS,
                new FormatMigrations(Map.of(0, (root, file) -> { })));
        byte[] old = new String(emptyObjects(most(TOKENS) + 1), StandardCharsets.UTF_8)
                .replace("\"version\":1", "\"version\":0").getBytes(StandardCharsets.UTF_8);
        TopologyFileException tree = assertThrows(TopologyFileException.class, () -> upgrading.read(old, "o.json"));
        assertTrue(tree.getMessage().contains(": more than 1,000 keys, values and brackets"), tree.getMessage());
    }

    @Test
    void loadsSavesAndReopensAFileAtTheTokenLimit(@TempDir Path dir) throws TopologyFileException, IOException {
        byte[] json = emptyObjects(most(TOKENS));
        Topology topology = reader.read(json, "t.json");
        assertEquals(most(TOKENS), ((List<?>) topology.extra().get("junk")).size());
        Path file = dir.resolve("t.coexist.json");
        writer.write(topology, file);
        byte[] saved = Files.readAllBytes(file);
        assertTrue(writer.matches(topology, saved));
        assertArrayEquals(saved, writer.toBytes(reader.read(file)));
    }

    /** Saving writes the name a file left out: two tokens more, past the limit; such a file is not written. */
    @Test
    void refusesToSaveWhatCouldNotBeReopened(@TempDir Path dir) throws TopologyFileException, IOException {
        byte[] json = new String(emptyObjects(most(TOKENS) + 1), StandardCharsets.UTF_8).replace("\"name\":\"\",", "")
                .getBytes(StandardCharsets.UTF_8);
        Topology topology = reader.read(json, "t.json");
        Path file = dir.resolve("t.coexist.json");
        Files.writeString(file, "before");
        FileTooLargeException e = assertThrows(FileTooLargeException.class, () -> writer.write(topology, file));
        assertEquals(String.format(Locale.ROOT, "saved, the file would be %,d bytes with 1,002 keys, values and "
                + "brackets, more than Coexist opens (33,554,432 bytes, 1,000); nothing was written",
                writer.toBytes(topology).length), e.getMessage());
        assertEquals("before", Files.readString(file));
        assertThrows(FileTooLargeException.class, () -> writer.requireReopenable(topology));
        new TopologyWriter().requireReopenable(topology);
    }

    @Test
    void theUnlimitedReaderCountsNoTokens() throws TopologyFileException {
        byte[] json = emptyObjects(most(JsonDocumentParser.MAX_TOKENS) + 1);
        Topology topology = TopologyReader.unlimited(CATALOG).read(json, "t.json");
        assertEquals(most(JsonDocumentParser.MAX_TOKENS) + 1, ((List<?>) topology.extra().get("junk")).size());
    }

    /** Past a few MiB the writer writes twice, counting first: the same bytes as one pass would. */
    @Test
    void aLargeFileIsWrittenTwiceToTheSameBytes() throws TopologyFileException {
        Topology topology = TopologyReader.unlimited(CATALOG).read(emptyObjects(600_000), "t.json");
        byte[] saved = writer.toBytes(topology);
        assertTrue(saved.length > 4 * 1024 * 1024, "written twice: " + saved.length);
        assertTrue(writer.matches(topology, saved));
        assertEquals(600_000, ((List<?>) TopologyReader.unlimited(CATALOG).read(saved, "t.json").extra().get("junk"))
                .size());
    }

    /** The writer counts tokens as the reader does, on the bytes it writes. */
    @Test
    void theWriterCountsTokensAsTheParserDoes() throws IOException, TopologyFileException {
        TopologyReader users = new TopologyReader(CATALOG);
        for (Path sample : List.of(Fixtures.path("valid/example.coexist.json"),
                Fixtures.path("valid/forward-compatible.coexist.json"))) {
            byte[] bytes = new TopologyWriter().toBytes(users.read(sample));
            ByteSinks.Measuring counting = new ByteSinks.Measuring(true, 0);
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
        assertFalse(shorter.matched());
        ByteSinks.Comparing longer = new ByteSinks.Comparing(expected);
        longer.write(new byte[] {1, 2, 3, 4}, 0, 4);
        assertFalse(longer.matched());
        ByteSinks.Comparing other = new ByteSinks.Comparing(expected);
        other.write(new byte[] {1, 9, 3}, 0, 3);
        assertFalse(other.matched());
    }
}
