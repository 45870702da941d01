package org.coexist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 as the judges will check it: held-out designs (test resources {@code heldout/valid} and
 * {@code heldout/invalid}), each with a sidecar {@code NAME.expected.json} listing every finding it must give (rule,
 * severity, exact subjects), validated as {@code coexist validate FILE --json} does. Valid designs are realistic
 * deployments of every family and version and the supported migrations between them: no error, and only the
 * warnings their sidecar names. Invalid designs break one rule each (or the scenarios issue 11 names): exactly the
 * findings their sidecar names.
 */
class HeldOutDesignsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** domain.md v2 corrected these rules; issue 11 wants each broken by a held-out design, with packs 2 and 3. */
    private static final Set<Integer> CORRECTED = Set.of(4, 9, 15, 16, 18, 20, 28, 29, 30, 32, 33);
    private static final int FIRST_OF_PACK_2 = 34;

    private static Path folder(String name) {
        try {
            return Path.of(HeldOutDesignsTest.class.getResource("/heldout/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> designs(String kind) {
        try (Stream<Path> files = Files.list(folder(kind))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".coexist.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> validDesigns() {
        return designs("valid").stream();
    }

    /** The valid designs drawn as phased migrations. */
    static Stream<Path> phasedValidDesigns() {
        return designs("valid").stream().filter(p -> phases(p).size() > 0);
    }

    private static JsonNode phases(Path design) {
        try {
            return JSON.readTree(design.toFile()).path("phases");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> invalidDesigns() {
        return designs("invalid").stream();
    }

    private static Path sidecar(Path design) {
        String name = design.getFileName().toString();
        return design.resolveSibling(name.substring(0, name.length() - ".coexist.json".length()) + ".expected.json");
    }

    /** One finding as "rule SEVERITY subject,subject" with the subjects sorted, so lists compare as multisets. */
    private static String key(JsonNode finding) {
        List<String> subjects = new ArrayList<>();
        finding.path("subjects").forEach(s -> subjects.add(s.asText()));
        subjects.sort(null);
        return finding.path("rule").asText() + " " + finding.path("severity").asText() + " "
                + String.join(",", subjects);
    }

    private static List<String> keys(JsonNode findings) {
        List<String> keys = new ArrayList<>();
        findings.forEach(f -> keys.add(key(f)));
        keys.sort(null);
        return keys;
    }

    private record Validation(int status, JsonNode report) {
    }

    private static Validation validate(Path design, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("validate", design.toString(), "--json"));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals("", err.toString(), design + " reads");
        return new Validation(status, JSON.readTree(out.toString()).path("files").get(0));
    }

    private static List<String> expected(Path design) throws IOException {
        return keys(JSON.readTree(sidecar(design).toFile()).path("findings"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validDesigns")
    void aValidDesignGivesNoErrorAndOnlyItsWarnings(Path design) throws IOException {
        List<String> expected = expected(design);
        assertFalse(expected.stream().anyMatch(k -> k.contains(" ERROR ")), "a valid design expects no error");
        Validation run = validate(design);
        assertEquals(0, run.report().path("errors").asInt(), () -> design + ": " + run.report().path("findings"));
        assertEquals(0, run.status());
        assertEquals(expected, keys(run.report().path("findings")), design.getFileName().toString());
    }

    /** A valid migration is valid in each of its phases too (validate --phase ID), not only as a whole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("phasedValidDesigns")
    void everyPhaseOfAValidDesignGivesNoError(Path design) throws IOException {
        for (JsonNode phase : phases(design)) {
            String id = phase.path("id").asText();
            Validation run = validate(design, "--phase", id);
            assertEquals(List.of(), keys(run.report().path("findings")).stream()
                    .filter(k -> k.contains(" ERROR ")).toList(), design.getFileName() + " in phase " + id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDesigns")
    void anInvalidDesignGivesExactlyItsFindings(Path design) throws IOException {
        List<String> expected = expected(design);
        assertFalse(expected.isEmpty(), "an invalid design breaks something");
        Validation run = validate(design);
        assertEquals(expected, keys(run.report().path("findings")), design.getFileName().toString());
        boolean errors = expected.stream().anyMatch(k -> k.contains(" ERROR "));
        assertEquals(errors ? 1 : 0, run.status(), "exit status");
    }

    @Test
    void everyRuleOfPacksTwoAndThreeAndEveryCorrectedRuleIsBrokenByAnInvalidDesign() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (Path design : designs("invalid")) {
            JSON.readTree(sidecar(design).toFile()).path("findings").forEach(f -> broken.add(f.path("rule").asText()));
        }
        Set<String> missing = new TreeSet<>();
        try (InputStream in = HeldOutDesignsTest.class.getResourceAsStream("/assets/rules/rules.json")) {
            for (JsonNode rule : JSON.readTree(in).path("entries")) {
                int number = rule.path("number").asInt();
                String id = rule.path("id").asText();
                if ((number >= FIRST_OF_PACK_2 || CORRECTED.contains(number)) && !broken.contains(id)) {
                    missing.add(id);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no held-out design breaks " + missing);
    }
}
