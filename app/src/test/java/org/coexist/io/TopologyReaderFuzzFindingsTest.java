package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What fuzzing the reader found (issue 12), each with its minimal input: files saved that could not be reopened,
 * reads without a bound, messages that were not one clean line, and -0 coordinates that did not round-trip.
 * Quadratic loading is in {@code TopologyAssemblyTest}; memory under the cap in {@code TopologyReaderLimitsTest}.
 */
class TopologyReaderFuzzFindingsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final String HEAD = "{\"format\":\"coexist-topology\",\"version\":1,";
    private static final String BODY = "\"forests\":[],\"elements\":[],\"links\":[]}";

    private final TopologyReader reader = new TopologyReader(CATALOG);
    private final TopologyWriter writer = new TopologyWriter();

    private static byte[] bytes(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(HexFormat.of().parseHex(hex));
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Jackson took these in a key as lone surrogates, which the writer saved as an escape the reader refused. */
    @ParameterizedTest(name = "{0} in a {1}")
    @CsvSource({
        "F4908080, key,   44", "F7BFBFBF, key,   44", "F0808080, key,   44",
        "F4908080, value, 51", "F7BFBFBF, value, 51", "F0808080, value, 51",
        "EDA080,   value, 51", "C0AF,     value, 51", "80,       value, 51", "F09F98, value, 51"})
    void refusesInvalidUtf8ByLineAndColumn(String hex, String where, int column) {
        byte[] json = where.equals("key") ? bytes(HEAD + "\"k", hex, "\":1," + BODY)
                : bytes(HEAD + "\"name\":\"n", hex, "\"," + BODY);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "u.json"));
        assertEquals("line 1, column " + column, e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8: " + (hex.length() > 2 ? "the bytes " + spaced(hex)
                + " encode" : "the byte " + hex + " encodes") + " no character"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; expected a file saved as UTF-8"), e.getMessage());
    }

    private static String spaced(String hex) {
        return hex.replaceAll("(..)(?!$)", "$1 ");
    }

    @Test
    void countsLinesAndColumnsInBytesAsJacksonDoes() {
        byte[] json = bytes(HEAD + "\n\"name\":\"\u00e9\u4e2d", "FF", "\"," + BODY);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "u.json"));
        assertEquals("line 2, column 14", e.location());
        byte[] syntax = (HEAD + "\n\"name\":\"\u00e9\u4e2d\"x," + BODY).getBytes(StandardCharsets.UTF_8);
        e = assertThrows(TopologyFileException.class, () -> reader.read(syntax, "u.json"));
        assertEquals("line 2, column 15", e.location(), e.getMessage());
    }

    @Test
    void refusesAFileInAnotherEncoding() {
        byte[] utf16 = (HEAD + BODY).getBytes(StandardCharsets.UTF_16LE);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(utf16, "w.json"));
        assertEquals("w.json: line 1, column 2: a raw control character (U+0000); expected text without control "
                + "characters, or the character escaped inside a string", e.getMessage());
        byte[] withMark = (HEAD + BODY).getBytes(StandardCharsets.UTF_16);
        assertTrue(assertThrows(TopologyFileException.class, () -> reader.read(withMark, "w.json")).getMessage()
                .contains("not valid UTF-8: the byte FE encodes no character"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "k\\uDC00":1,                 | 44 | \\uDC00
            "name":"n\\uD800x",           | 51 | \\uD800
            "name":"\\uD800\\uD800\\uDC00", | 50 | \\uD800
            "name":"\\uD83D\\u0041",       | 50 | \\uD83D
            "name":"end\\uDBFF",          | 53 | \\uDBFF
            """)
    void refusesUnpairedSurrogateEscapes(String field, int column, String escape) {
        byte[] json = (HEAD + field + BODY).getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "s.json"));
        assertEquals("line 1, column " + column, e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("the escape " + escape + " is half a surrogate pair"), e.getMessage());
    }

    /** What the refusals above must not catch: characters beyond U+FFFF, raw or escaped, and escaped backslashes. */
    @Test
    void astralCharactersAndEscapedBackslashesRoundTrip() throws TopologyFileException {
        String json = HEAD + "\"name\":\"\\uD83D\\uDE00 \uD83D\uDE00 \\\\uD800\",\"k\uD83D\uDE00\\uD83D\\uDE00\":\"\\\\\\\\uDC00\","
                + BODY;
        Topology topology = reader.read(json.getBytes(StandardCharsets.UTF_8), "a.json");
        assertEquals("\uD83D\uDE00 \uD83D\uDE00 \\uD800", topology.name());
        assertEquals(Map.of("k\uD83D\uDE00\uD83D\uDE00", "\\\\uDC00"), topology.extra());
        byte[] saved = writer.toBytes(topology);
        assertArrayEquals(saved, writer.toBytes(reader.read(saved, "a.json")));
    }

    @Test
    void refusesRawControlCharacters() throws TopologyFileException {
        byte[] json = bytes(HEAD + "\"k", "1B", "[31m\":1," + BODY);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "c.json"));
        assertEquals("c.json: line 1, column 44: a raw control character (U+001B); expected text without control "
                + "characters, or the character escaped inside a string", e.getMessage());
        // JSON allows DEL unescaped, and so does the reader; tab and carriage return are whitespace.
        byte[] del = bytes(HEAD + "\r\n\t\"name\":\"a", "7F", "b\"," + BODY);
        assertEquals("a\u007Fb", reader.read(del, "c.json").name());
    }

    @Test
    void cutsALongDuplicateKeyToOneShortLine() {
        String key = "k".repeat(10_000);
        byte[] json = (HEAD + "\"" + key + "\":1,\"" + key + "\":2," + BODY).getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "d.json"));
        assertEquals("d.json: line 1, column 20049: not valid JSON: Duplicate field \"" + "k".repeat(79) + "…\"; "
                + "expected each key at most once in an object", e.getMessage());
    }

    @Test
    void escapesControlCharactersOfKeysValuesAndFileNames() {
        byte[] json = (HEAD + "\"\\u001b[31mred\\u0007\":1,\"\\u001b[31mred\\u0007\":2," + BODY)
                .getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class,
                () -> reader.read(json, "bell\u0007\u202e.json"));
        assertEquals("bell\\u0007\\u202E.json: line 1, column 87: not valid JSON: Duplicate field "
                + "\"\\u001B[31mred\\u0007\"; expected each key at most once in an object", e.getMessage());

        byte[] forest = (HEAD + "\"forests\":[],\"elements\":[{\"id\":\"e1\",\"type\":\"SQL_INSTANCE\","
                + "\"version\":\"SQL_2012\",\"forest\":\"\\u001b]0;title\\u0007" + "x".repeat(200) + "\"}],"
                + "\"links\":[]}").getBytes(StandardCharsets.UTF_8);
        TopologyFileException missing = assertThrows(TopologyFileException.class, () -> reader.read(forest, "f.json"));
        assertEquals("f.json: $.elements[0].forest: names no forest \"\\u001B]0;title\\u0007" + "x".repeat(69)
                + "…\"; expected the id of a forest in $.forests", missing.getMessage());
    }

    @Test
    void negativeZeroReadsAsZeroAndRoundTrips() throws TopologyFileException {
        byte[] json = (HEAD + "\"forests\":[{\"id\":\"f1\",\"x\":-0.0,\"y\":-0,\"width\":-0.0,\"height\":-0e5}],"
                + "\"elements\":[{\"id\":\"s1\",\"type\":\"SQL_INSTANCE\",\"version\":\"SQL_2012\",\"forest\":\"f1\","
                + "\"x\":-0.0,\"y\":-0.0,\"width\":-0.0,\"height\":-0.0}],\"links\":[]}").getBytes(StandardCharsets.UTF_8);
        assertNegativeZeroGone(reader.read(json, "z.json"));
        // The tree path (an older file, upgraded) reads numbers by itself.
        TopologyReader upgrading = new TopologyReader(CATALOG, TopologyReader.DEFAULT_MAX_BYTES,
                new FormatMigrations(Map.of(0, (root, file) -> { })));
        String old = new String(json, StandardCharsets.UTF_8).replace("\"version\":1,", "\"version\":0,");
        assertNegativeZeroGone(upgrading.read(old.getBytes(StandardCharsets.UTF_8), "z0.json"));
    }

    private void assertNegativeZeroGone(Topology topology) throws TopologyFileException {
        Forest forest = topology.forest("f1");
        Element element = topology.element("s1");
        for (double value : new double[] {forest.x(), forest.y(), forest.width(), forest.height(), element.x(),
            element.y(), element.width(), element.height()}) {
            assertEquals(0, Double.compare(0.0, value), "not +0: " + value);
        }
        byte[] saved = writer.toBytes(topology);
        Topology reopened = reader.read(saved, "z.json");
        assertEquals(forest, reopened.forest("f1"));
        assertEquals(element, reopened.element("s1"));
        assertArrayEquals(saved, writer.toBytes(reopened));
    }

    @Test
    void refusesAFolder(@TempDir Path dir) {
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(dir));
        assertEquals(dir + ": file: is a folder; expected a topology file", e.getMessage());
    }

    /** A FIFO without a writer blocked the read for ever; it is refused without being opened. */
    @Test
    void refusesAPipeWithoutOpeningIt(@TempDir Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.coexist.json");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo (Linux, macOS)");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(fifo));
        assertEquals(fifo + ": file: is not a regular file (a device, pipe or socket); expected a topology file",
                e.getMessage());
    }

    /** /dev/zero reports a size of 0 and never ends: reading it ran out of memory after 54 s. */
    @Test
    void refusesADevice() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(zero));
        assertEquals("/dev/zero: file: is not a regular file (a device, pipe or socket); expected a topology file",
                e.getMessage());
    }

    /** A regular file may hold more than its size says (Linux's /proc): the read stops at the limit anyway. */
    @Test
    void boundsTheReadWhateverTheSizeSays() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "needs Linux's /proc");
        TopologyReader small = new TopologyReader(CATALOG, 64, new FormatMigrations());
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> small.read(status));
        assertEquals("/proc/self/status: file: the file holds more than 64 bytes; expected at most 64 bytes for a "
                + "topology file", e.getMessage());
        assertThrows(TopologyFileException.class, () -> new TopologyReader(CATALOG).read(status), "read, not JSON");
    }
}
