package org.coexist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: output formats and exit statuses of file-format.md. */
class CliTest {
    private static final String UNSUPPORTED = """
            {
              "format": "coexist-topology",
              "version": 1,
              "name": "broken",
              "forests": [
                { "id": "f1", "name": "contoso.com", "x": 0, "y": 0, "width": 900, "height": 600 }
              ],
              "elements": [
                { "id": "c1", "type": "LYNC_CLIENT", "version": "LYNC_2013", "name": "users", "forest": "f1", "x": 10, "y": 10 },
                { "id": "s1", "type": "SQL_INSTANCE", "version": "SQL_2012", "name": "sql01", "forest": "f1", "x": 300, "y": 10 }
              ],
              "links": [
                { "id": "l1", "kind": "HOMED_ON", "from": "s1", "to": "c1" }
              ],
              "phases": [
                { "id": "ph1", "name": "Before SQL", "hidden": ["s1"] }
              ]
            }
            """;

    /** Group Chat retired in phase 2 while the Lync Server 2010 pool stays until phase 3: rule 72. */
    private static final String GROUP_CHAT_TOO_EARLY = """
            {
              "format": "coexist-topology",
              "version": 1,
              "name": "plan",
              "forests": [
                { "id": "f1", "name": "contoso.com", "x": 0, "y": 0, "width": 900, "height": 600 }
              ],
              "elements": [
                { "id": "pool10", "type": "FRONT_END_POOL", "version": "LYNC_2010", "name": "pool10", "forest": "f1", "x": 10, "y": 10 },
                { "id": "gc", "type": "GROUP_CHAT_POOL", "version": "LYNC_2010", "name": "gc01", "forest": "f1", "x": 400, "y": 10 }
              ],
              "links": [
                { "id": "home", "kind": "HOMED_ON", "from": "gc", "to": "pool10" }
              ],
              "phases": [
                { "id": "ph1", "name": "Coexistence", "hidden": [] },
                { "id": "ph2", "name": "Retire Group Chat", "hidden": ["gc"] },
                { "id": "ph3", "name": "Decommission", "hidden": ["gc", "pool10"] }
              ]
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void anErrorGivesExitOneAndALinePerFinding() throws IOException {
        Path file = write("broken.coexist.json", UNSUPPORTED);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.status());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("ERROR link-kind-endpoints l1: "), lines.get(0));
    }

    @Test
    void jsonOutputFollowsTheContract() throws IOException {
        Path file = write("broken.coexist.json", UNSUPPORTED);
        CliRun run = CliRun.of("validate", file.toString(), "--json");
        assertEquals(1, run.status());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode report = root.path("files").get(0);
        assertEquals(file.toString(), report.path("file").asText());
        assertEquals(1, report.path("errors").asInt());
        assertEquals(0, report.path("warnings").asInt());
        JsonNode finding = report.path("findings").get(0);
        List<String> keys = new ArrayList<>();
        finding.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("rule", "severity", "subjects", "message", "source", "sourceId", "sourceTitle",
                "sourceAddress", "sourceLanguage", "quote"), keys);
        assertEquals("ERROR", finding.path("severity").asText());
        assertEquals("l1", finding.path("subjects").get(0).asText());
        assertFalse(finding.path("source").asText().isBlank());
    }

    @Test
    void aPhaseIsValidatedWithoutWhatItHides() throws IOException {
        Path file = write("broken.coexist.json", UNSUPPORTED);
        CliRun run = CliRun.of("validate", file.toString(), "--phase", "ph1", "--json");
        assertEquals(0, run.status(), run.err());
        assertEquals(0, new ObjectMapper().readTree(run.out()).path("files").get(0).path("errors").asInt());
    }

    @Test
    void theWholeDesignReportsThePlanAndAPhaseDoesNot() throws IOException {
        Path file = write("plan.coexist.json", GROUP_CHAT_TOO_EARLY);
        CliRun text = CliRun.of("validate", file.toString());
        assertEquals(0, text.status(), "a warning only");
        assertEquals(List.of("WARNING group-chat-retired-before-legacy gc: Group Chat Pool gc01 (Lync 2010) is retired "
                + "in phase 2 \u201cRetire Group Chat\u201d while Front End Pool pool10 (Lync 2010) is still deployed: "
                + "migrate Group Chat last, after every other Lync Server 2010 or OCS 2007 R2 component"),
                text.out().lines().toList());

        JsonNode finding = new ObjectMapper().readTree(CliRun.of("validate", file.toString(), "--json").out())
                .path("files").get(0).path("findings").get(0);
        assertEquals("group-chat-retired-before-legacy", finding.path("rule").asText());
        assertEquals("ph2", finding.path("phase").asText(), "the finding names the phase it is about");
        assertEquals("L13-paths-en", finding.path("sourceId").asText());

        for (String phase : List.of("ph1", "ph2", "ph3")) {
            CliRun one = CliRun.of("validate", file.toString(), "--phase", phase, "--json");
            assertEquals(0, new ObjectMapper().readTree(one.out()).path("files").get(0).path("findings").size(),
                    phase + " is one state: no plan there");
        }
        JsonNode state = new ObjectMapper().readTree(CliRun.of("validate", write("broken.coexist.json", UNSUPPORTED)
                .toString(), "--json").out()).path("files").get(0).path("findings").get(0);
        assertFalse(state.has("phase"), "a finding about one state names no phase");
    }

    @Test
    void anUnknownPhaseIsExitTwoWithAMessage() throws IOException {
        Path file = write("broken.coexist.json", UNSUPPORTED);
        CliRun run = CliRun.of("validate", file.toString(), "--phase", "ph9");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("ph9"), run.err());
    }

    @Test
    void anUnreadableFileIsExitTwoWithItsMessageAndNoStackTrace() throws IOException {
        Path good = write("good.coexist.json", UNSUPPORTED.replace("\"from\": \"s1\", \"to\": \"c1\"",
                "\"from\": \"c1\", \"to\": \"c1\"").replace("HOMED_ON", "CONNECTS_TO"));
        Path bad = write("bad.coexist.json", "{ \"format\": \"coexist-topology\", ");
        CliRun run = CliRun.of("validate", bad.toString(), good.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("bad.coexist.json"), run.err());
        assertTrue(run.err().contains("line"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertTrue(run.out().contains("good.coexist.json"), "the readable file is still validated");
    }

    @Test
    void aMissingFileIsExitTwo() {
        CliRun run = CliRun.of("validate", dir.resolve("nowhere.coexist.json").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("nowhere.coexist.json"));
    }

    /** "coexist format x.json" once started the designer, which headless could only say it could not start. */
    @Test
    void aFirstWordThatIsNeitherACommandNorAFileIsRefusedWithTheCommands() throws IOException {
        CliRun run = CliRun.of("formatt", "x.coexist.json");
        assertEquals(2, run.status());
        assertEquals("coexist: \"formatt\" is neither a command nor an existing file; commands: validate, format, "
                + "rules, export, bench, grade, exercise, import, diff, help (coexist --help)", run.err().strip());
        assertEquals("", run.out());
        CliRun hostile = CliRun.of("\u001b[2J" + "x".repeat(200));
        assertEquals(1, hostile.err().lines().count(), hostile.err());
        assertTrue(hostile.err().startsWith("coexist: \"\\u001B[2J" + "x".repeat(75) + "…\" is neither"),
                hostile.err());

        Path file = write("some.coexist.json", UNSUPPORTED);
        assertTrue(Cli.startsDesigner(new String[0]));
        assertTrue(Cli.startsDesigner(new String[] {file.toString()}));
        assertFalse(Cli.startsDesigner(new String[] {dir.resolve("missing.coexist.json").toString()}));
        assertFalse(Cli.startsDesigner(new String[] {dir.toString()}), "a folder is not a file");
        assertFalse(Cli.startsDesigner(new String[] {"format", file.toString()}));
        assertFalse(Cli.startsDesigner(new String[] {"--nonsense"}));
        assertEquals(2, CliRun.of("--nonsense").status());
    }

    @Test
    void anErrorIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int status = Cli.guarded(new PrintWriter(err, true), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(2, status);
        assertEquals("coexist: out of memory (Java heap space); give Java more with -Xmx, e.g. java -Xmx2g -jar "
                + "coexist.jar …", err.toString().strip());
        StringWriter deep = new StringWriter();
        assertEquals(2, Cli.guarded(new PrintWriter(deep, true), () -> {
            throw new StackOverflowError();
        }));
        assertEquals(1, deep.toString().lines().count(), deep.toString());
        assertEquals(0, Cli.guarded(new PrintWriter(new StringWriter()), () -> 0));
    }

    @Test
    void findingsAndFileNamesReachTheTerminalEscaped() throws IOException {
        Path file = write("bell\u0007.coexist.json", UNSUPPORTED.replace("\"name\": \"users\"",
                "\"name\": \"us\\u001b[31mers\\nline\""));
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("us\\u001B[31mers\\nline"), run.out());
        assertTrue(run.err().contains("bell\\u0007.coexist.json: 1 error"), run.err());
        assertFalse((run.out() + run.err()).chars().anyMatch(c -> c == 0x1b || c == 0x07));
    }

    @Test
    void helpExplainsUsage() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("validate"));
        CliRun validate = CliRun.of("validate", "--help");
        assertEquals(0, validate.status());
        assertTrue(validate.out().contains("--phase"));
        assertEquals(2, CliRun.of("validate").status(), "a file is required");
    }

    @Test
    void rulesListsTheCatalog() throws IOException {
        CliRun run = CliRun.of("rules", "--json");
        assertEquals(0, run.status());
        JsonNode rules = new ObjectMapper().readTree(run.out()).path("rules");
        assertTrue(rules.size() >= 1);
        boolean structural = false;
        for (JsonNode rule : rules) {
            assertFalse(rule.path("source").asText().isBlank(), rule.toString());
            structural |= rule.path("id").asText().equals("link-kind-endpoints");
        }
        assertTrue(structural);
        assertTrue(CliRun.of("rules").out().contains("link-kind-endpoints"));
    }

    @Test
    void rulesNameEachSourceByTitleAndAddressNotByFile() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(CliRun.of("rules", "--json").out()).path("rules");
        JsonNode x86 = null;
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals("exchange2010-x86")) {
                x86 = rule;
            }
            assertFalse(rule.toString().contains(".txt"), rule.toString());
        }
        assertEquals("EX10", x86.path("sourceId").asText());
        assertEquals("Upgrading and Coexisting with Exchange 2010", x86.path("sourceTitle").asText());
        assertEquals("http://technet.microsoft.com/en-us/library/aa998604(EXCHG.149).aspx",
                x86.path("sourceAddress").asText());
        assertEquals("Exchange 2010 requires that 64-bit hardware be supported in a production environment.",
                x86.path("quote").asText());
        assertTrue(CliRun.of("rules").out().contains("source: Migration process - details (Lync Server 2013 Persistent Chat)"
                + " <https://technet.microsoft.com/en-us/library/JJ205264(v=OCS.15)>"));
    }

    @Test
    void exportWritesEachFormatAndRefusesAnUnknownPhase() throws IOException {
        Path file = write("broken.coexist.json", UNSUPPORTED);
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = dir.resolve("out." + format);
            CliRun run = CliRun.of("export", file.toString(), "--format", format, "--output", out.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(Files.size(out) > 100, format);
        }
        byte[] png = Files.readAllBytes(dir.resolve("out.png"));
        assertEquals((byte) 0x89, png[0]);
        assertTrue(Files.readString(dir.resolve("out.svg")).contains("<svg"));
        assertTrue(new String(Files.readAllBytes(dir.resolve("out.pdf")), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("%PDF"));
        CliRun unknown = CliRun.of("export", file.toString(), "--format", "pdf", "--phase", "ph9", "--output",
                dir.resolve("x.pdf").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("ph9"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertEquals(2, CliRun.of("export", file.toString(), "--format", "gif", "--output", "x.gif").status());
    }

    @Test
    void aHandoutOnLetterPaperForTheTrainerAddsTheAnswerKeys() throws IOException {
        Path sample = Path.of("..", "assets", "samples", "what-not-to-do.coexist.json");
        Path room = dir.resolve("room.pdf");
        Path trainer = dir.resolve("trainer.pdf");
        assertEquals(0, CliRun.of("export", sample.toString(), "--format", "pdf", "--output", room.toString()).status());
        CliRun run = CliRun.of("export", sample.toString(), "--format", "pdf", "--paper", "letter", "--trainer", "--output",
                trainer.toString());
        assertEquals(0, run.status(), run.err());
        try (org.apache.pdfbox.pdmodel.PDDocument a4 = org.apache.pdfbox.Loader.loadPDF(room.toFile());
             org.apache.pdfbox.pdmodel.PDDocument letter = org.apache.pdfbox.Loader.loadPDF(trainer.toFile())) {
            assertEquals(842, a4.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(792, letter.getPage(0).getMediaBox().getWidth(), 1);
            String roomText = new org.apache.pdfbox.text.PDFTextStripper().getText(a4);
            String trainerText = new org.apache.pdfbox.text.PDFTextStripper().getText(letter);
            assertFalse(roomText.contains("Answer key"));
            assertTrue(trainerText.contains("Answer key"), "the trainer's edition has the keys");
        }
        CliRun bad = CliRun.of("export", sample.toString(), "--format", "pdf", "--paper", "a3", "--output",
                dir.resolve("x.pdf").toString());
        assertEquals(2, bad.status());
        assertEquals("coexist export: unknown paper \"a3\"; expected a4 or letter", bad.err().strip());
    }

    @Test
    void benchPrintsExactlyTheAgreedKeys() throws IOException {
        CliRun run = CliRun.of("bench", "--elements", "300", "--edits", "50", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode figures = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        figures.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("elements", "links", "fullValidationMs", "incrementalP50Micros", "incrementalP99Micros",
                "loadMs", "parseMs", "saveMs", "heapBytesPerElement", "loadToParseRatio", "incrementalP99PercentOfFull"),
                keys);
        assertEquals(300, figures.path("elements").asInt());
        assertTrue(figures.path("links").asInt() > 300, "about three links per element");
    }
}
