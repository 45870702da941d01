package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad file is refused whole, with one line naming the file, the place and what was expected. */
class TopologyReaderErrorsTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();

    private final TopologyReader reader = new TopologyReader(CATALOG);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-json             | line 4, column 3   | not valid JSON                                | well-formed JSON
            empty                | $                  | the file is empty                             | "format": "coexist-topology"
            root-array           | $                  | the document is an array                      | a JSON object
            duplicate-key        | line 5, column 9   | Duplicate                                     | each key at most once
            trailing-content     | line 5, column 1   | more content after the end                    | the file to end
            no-format            | $                  | not a Coexist topology: no "format"           | "format": "coexist-topology"
            wrong-format         | $.format           | the format is a string ("drawio")             | "format": "coexist-topology"
            no-version           | $                  | no "version"                                  | "version": 1
            newer-version        | $.version          | written by a newer Coexist: file version 3, this Coexist reads up to 1 | a file of version 1 or older
            version-string       | $.version          | the version is a string ("1")                 | the integer 1
            version-zero         | $.version          | file version 0 is unknown                     | the integer 1
            unknown-type         | $.elements[1].type | unknown type "WEB_SERVER"                     | one of FRONT_END_POOL,
            unknown-version      | $.elements[0].version | unknown version "LYNC_2016"                | one of LCS_2005_SP1,
            version-not-allowed  | $.elements[1].version | a SQL_INSTANCE may not have version LYNC_2013 | one of SQL_2005, SQL_2008, SQL_2008_R2, SQL_2012
            unknown-link-kind    | $.links[0].kind    | unknown link kind "REPLICATES_TO"             | one of HOMED_ON,
            duplicate-id         | $.elements[1].id   | duplicate id "f2", already used at $.forests[1].id | an id used nowhere else
            link-to-missing      | $.links[0].to      | names no element "s9"                         | the id of an element in $.elements
            link-from-forest     | $.links[0].from    | names no element "f1" (that id is at $.forests[0].id) | the id of an element
            parent-missing       | $.elements[2].parent | names no element "p9"                       | the id of a pool
            forest-missing       | $.elements[0].forest | names no forest "f9"                        | the id of a forest in $.forests
            parent-cycle         | $.elements[0].parent | a FRONT_END_POOL cannot be a member of a pool | no parent, or an element of a type that may be a member
            forest-differs       | $.elements[2].forest | the element is in forest "f2" but its pool "p1" is in "f1" | the forest of its pool, "f1"
            parent-not-container | $.elements[2].parent | "s1" is a SQL_INSTANCE, which cannot hold other elements | the id of a pool (FRONT_END_POOL, STANDARD_EDITION_SERVER)
            number-for-string    | $.elements[0].name | found a number (5)                            | a string
            string-for-number    | $.elements[0].x    | found a string ("120")                        | a number
            elements-not-array   | $.elements         | found an object                               | an array
            missing-id           | $.forests[0].id    | missing                                       | a non-empty string
            hidden-not-strings   | $.phases[0].hidden[1] | found a number (7)                         | a non-empty string
            """)
    void refusesBadFile(String fixture, String location, String problem, String expected) {
        Path file = Fixtures.path("bad/" + fixture + ".coexist.json");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(file));
        assertRefusal(e, file.toString(), location, problem, expected);
    }

    @Test
    void refusesDeepNestingByLineAndColumn(@TempDir Path dir) throws IOException {
        String deep = "[".repeat(100) + "]".repeat(100);
        Path file = dir.resolve("deep.coexist.json");
        Files.writeString(file, "{\n  \"format\": \"coexist-topology\",\n  \"version\": 1,\n  \"x\": " + deep + "\n}\n");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(file));
        assertRefusal(e, file.toString(), "line 4, column 28", "nested more than 20 levels deep",
                "at most 20 levels of nested objects and arrays");
    }

    @Test
    void refusesFileOverTheSizeLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.coexist.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(file));
        assertRefusal(e, file.toString(), "file", "the file is 52,428,800 bytes (50.0 MiB)",
                "at most 33,554,432 bytes (32.0 MiB)");
    }

    @Test
    void refusesBytesOverTheLimitOfTheReader() {
        TopologyReader small = new TopologyReader(CATALOG, 64, new FormatMigrations());
        byte[] json = ("{\"format\":\"coexist-topology\",\"version\":1,\"name\":\"" + "n".repeat(100) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> small.read(json, "big.json"));
        assertRefusal(e, "big.json", "file", "the file is 151 bytes", "at most 64 bytes for a topology file");
    }

    @Test
    void unlimitedReaderTakesWhatTheLimitedOneRefuses() throws TopologyFileException {
        String padding = " ".repeat(33 * 1024 * 1024);
        byte[] json = ("{\"format\":\"coexist-topology\",\"version\":1,\"name\":\"big\"}" + padding)
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(TopologyFileException.class, () -> reader.read(json, "big.json"));
        assertEquals("big", TopologyReader.unlimited(CATALOG).read(json, "big.json").name());
    }

    @Test
    void refusesOverlongString() {
        byte[] json = ("{\"format\":\"coexist-topology\",\"version\":1,\"name\":\""
                + "n".repeat(JsonDocumentParser.MAX_STRING_LENGTH + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "long.json"));
        assertTrue(e.location().startsWith("line 1, column "), e.location());
        assertRefusal(e, "long.json", e.location(), "a string longer than 1000000 characters",
                "strings of at most 1000000 characters");
    }

    @Test
    void refusesMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("nowhere.coexist.json");
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(file));
        assertRefusal(e, file.toString(), "file", "no such file", "an existing topology file");
    }

    @Test
    void namesTheFileAsGivenForBytes() {
        byte[] json = "{\"format\": \"coexist-topology\"}".getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "in.json"));
        assertEquals("in.json: $: no \"version\"; expected \"version\": 1", e.getMessage());
    }

    @Test
    void quotesHostileValuesOnOneLine() {
        byte[] json = ("{\"format\": \"coexist-topology\", \"version\": 1, \"forests\": [{\"id\": \"f1\"}],"
                + " \"elements\": [{\"id\": \"e1\", \"type\": \"FRONT_END_POOL\", \"version\": \"LYNC_2013\","
                + " \"forest\": \"line\\nbreak\"}]}").getBytes(StandardCharsets.UTF_8);
        TopologyFileException e = assertThrows(TopologyFileException.class, () -> reader.read(json, "x.json"));
        assertRefusal(e, "x.json", "$.elements[0].forest", "names no forest \"line\\nbreak\"", "the id of a forest");
    }

    private static void assertRefusal(TopologyFileException e, String file, String location, String problem,
                                      String expected) {
        String message = e.getMessage();
        assertEquals(file, e.file());
        assertEquals(location, e.location(), message);
        assertTrue(message.startsWith(file + ": " + location + ": "), message);
        int semicolon = message.lastIndexOf("; expected ");
        assertTrue(semicolon > 0, message);
        assertTrue(message.substring(0, semicolon).contains(problem), message);
        assertTrue(message.substring(semicolon).contains(expected), message);
        assertFalse(message.contains("\n") || message.contains("com.fasterxml") || message.contains("Exception"),
                message);
    }
}
