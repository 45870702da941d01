package org.coexist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer makes an exercise and grades a room's files from the command line. */
class GradeCommandTest {
    private static final String DESIGN = """
            {
              "format": "coexist-topology",
              "version": 1,
              "name": "exercise",
              "forests": [ { "id": "f1", "name": "contoso.com", "x": 0, "y": 0, "width": 900, "height": 600 } ],
              "elements": [
                { "id": "pool", "type": "FRONT_END_POOL", "version": "OCS_2007_R2", "name": "pool01", "forest": "f1", "x": 10, "y": 10 },
                { "id": "arch", "type": "ARCHIVING_SERVER", "version": "%s", "name": "arch01", "forest": "f1", "x": 300, "y": 10 }
              ],
              "links": [ { "id": "l1", "kind": "ARCHIVES_TO", "from": "pool", "to": "arch" }%s ]
            }
            """;

    @TempDir
    Path dir;

    private Path design(String name, String archivingVersion, String extraLink) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, DESIGN.formatted(archivingVersion, extraLink));
        return file;
    }

    @Test
    void makeThenGradeCorrectPartlyAndWrongAnswers() throws IOException {
        Path start = design("start.coexist.json", "OCS_2007", "");
        Path exercise = dir.resolve("exercise.coexist.json");
        CliRun made = CliRun.of("exercise", start.toString(), "--instructions", "Fix the archiving.", "--output",
                exercise.toString());
        assertEquals(0, made.status(), made.err());
        assertTrue(made.err().contains("1 findings to fix"), made.err());

        Path right = design("right.coexist.json", "OCS_2007_R2", "");
        Path untouched = design("untouched.coexist.json", "OCS_2007", "");
        Path wrong = design("wrong.coexist.json", "OCS_2007_R2",
                ", { \"id\": \"l2\", \"kind\": \"HOMED_ON\", \"from\": \"arch\", \"to\": \"pool\" }");
        Path broken = dir.resolve("broken.coexist.json");
        Files.writeString(broken, "{ not json");

        CliRun text = CliRun.of("grade", exercise.toString(), right.toString(), untouched.toString(), wrong.toString(),
                broken.toString());
        assertEquals(0, text.status(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(4, lines.size(), text.out());
        assertEquals(right + ": 100/100 (fixed 1 of 1, new errors 0)", lines.get(0));
        assertEquals(untouched + ": 0/100 (fixed 0 of 1, new errors 0)", lines.get(1));
        assertEquals(wrong + ": 0/100 (fixed 1 of 1, new errors 1)", lines.get(2));
        assertTrue(lines.get(3).startsWith(broken + ": not graded: " + broken), lines.get(3));

        CliRun csv = CliRun.of("grade", exercise.toString(), right.toString(), wrong.toString(), "--csv");
        assertEquals(List.of(GradeCommand.CSV_HEADER, right + ",100,1,1,0,0,0,0,0,", wrong + ",0,1,1,0,0,0,0,1,"),
                csv.out().lines().toList());
    }

    @Test
    void aDesignThatIsNoExerciseIsRefused() throws IOException {
        Path plain = design("plain.coexist.json", "OCS_2007", "");
        CliRun run = CliRun.of("grade", plain.toString(), plain.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not an exercise"), run.err());
    }

    @Test
    void csvCellsAreQuotedWhenTheyMustBe() {
        assertEquals("plain", GradeCommand.csvCell("plain"));
        assertEquals("\"a,b\"", GradeCommand.csvCell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", GradeCommand.csvCell("say \"hi\""));
    }
}
