package org.coexist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coexist format [--check] FILE...} as a pre-commit hook or CI uses it. */
class FormatCommandTest {
    /** Hand-written: keys out of order, one line, a -0 coordinate. */
    private static final String SCRAWLED = "{\"version\": 1, \"format\": \"coexist-topology\", \"forests\": [{\"id\": "
            + "\"f1\", \"x\": -0.0, \"name\": \"contoso.com\"}], \"links\": [], \"elements\": []}";
    private static final String CANONICAL = """
            {
              "format": "coexist-topology",
              "version": 1,
              "name": "",
              "forests": [
                {
                  "id": "f1",
                  "name": "contoso.com",
                  "x": 0,
                  "y": 0,
                  "width": 0,
                  "height": 0
                }
              ],
              "elements": [],
              "links": []
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        // An old time, so that a rewrite shows, whatever the clock's resolution.
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        return file;
    }

    @Test
    void rewritesWhatIsNotCanonicalAndLeavesTheRestUntouched() throws IOException {
        Path scrawled = write("scrawled.coexist.json", SCRAWLED);
        Path canonical = write("canonical.coexist.json", CANONICAL);
        CliRun run = CliRun.of("format", scrawled.toString(), canonical.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of(scrawled.toString()), run.out().lines().toList());
        assertEquals("", run.err());
        assertEquals(CANONICAL, Files.readString(scrawled));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(canonical), "not rewritten");
        assertEquals(0, CliRun.of("format", "--check", scrawled.toString()).status(), "canonical once formatted");
    }

    @Test
    void checkListsWhatIsNotCanonicalAndChangesNothing() throws IOException {
        Path scrawled = write("scrawled.coexist.json", SCRAWLED);
        Path canonical = write("canonical.coexist.json", CANONICAL);
        CliRun run = CliRun.of("format", "--check", canonical.toString(), scrawled.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(scrawled.toString()), run.out().lines().toList());
        assertEquals(SCRAWLED, Files.readString(scrawled));
        CliRun clean = CliRun.of("format", "--check", canonical.toString());
        assertEquals(0, clean.status());
        assertEquals("", clean.out() + clean.err());
    }

    @Test
    void aBadFileIsExitTwoWithItsOneLineAndTheOthersAreStillFormatted() throws IOException {
        Path bad = write("bad.coexist.json", "{\"format\": \"coexist-topology\", \"version\": 1, \"k\u0007\": 1,");
        Path scrawled = write("scrawled.coexist.json", SCRAWLED);
        byte[] before = Files.readAllBytes(bad);
        CliRun run = CliRun.of("format", bad.toString(), scrawled.toString());
        assertEquals(2, run.status());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(bad + ": line 1, column "), lines.get(0));
        assertFalse(run.err().contains("\tat ") || run.err().contains("\u0007"), run.err());
        assertArrayEquals(before, Files.readAllBytes(bad));
        assertEquals(CANONICAL, Files.readString(scrawled));
        CliRun check = CliRun.of("format", "--check", scrawled.toString(), dir.resolve("missing.coexist.json").toString());
        assertEquals(2, check.status(), "unreadable outranks not canonical");
        assertTrue(check.err().contains("missing.coexist.json: file: no such file"), check.err());
    }

    /** Indentation makes deep values far larger: a file that could not be opened again is not written. */
    @Test
    void refusesToWriteWhatCouldNotBeOpenedAgain() throws IOException {
        StringBuilder json = new StringBuilder("{\"format\":\"coexist-topology\",\"version\":1,\"deep\":");
        json.append("[".repeat(18));
        for (int i = 0; i < 900_000; i++) {
            json.append(i == 0 ? "0" : ",0");
        }
        json.append("]".repeat(18)).append('}');
        Path deep = write("deep.coexist.json", json.toString());
        for (String mode : List.of("--check", "--")) {
            CliRun run = CliRun.of("format", mode, deep.toString());
            assertEquals(2, run.status(), mode);
            assertTrue(run.err().startsWith(deep + ": file: saved, the file would be "), run.err());
            assertTrue(run.err().contains("more than Coexist opens (33,554,432 bytes, 4,000,000); nothing was "
                    + "written"), run.err());
            assertEquals("", run.out());
            assertEquals(json.toString(), Files.readString(deep));
        }
    }

    @Test
    void helpAndArguments() {
        CliRun help = CliRun.of("format", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--check"), help.out());
        assertEquals(2, CliRun.of("format").status(), "a file is required");
        assertTrue(CliRun.of("--help").out().contains("format"));
    }
}
