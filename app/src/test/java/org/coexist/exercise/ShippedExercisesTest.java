package org.coexist.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coexist.cli.Cli;
import org.coexist.io.CatalogReader;
import org.coexist.io.TopologyReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.coexist.ui.files.BundledSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exercises in assets/exercises: each is listed in its index, grading it untouched finds every mistake still
 * there, its solution (a test fixture) scores 100 and a partial solution less, and {@code coexist grade} prints the
 * same scores as the grader the designer uses.
 */
class ShippedExercisesTest {
    static final Path EXERCISES = Path.of("..", "assets", "exercises");
    static final Path SOLUTIONS = Path.of("src", "test", "resources", "exercises");
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final Grader GRADER = new Grader(new ValidationEngine(CATALOG, Locale.ENGLISH));
    private static final Pattern SCORE = Pattern.compile(": (\\d+)/100 ");

    static List<String> exercises() {
        return BundledSamples.fileNames(BundledSamples.EXERCISES).stream()
                .map(f -> f.replace(".coexist.json", "")).toList();
    }

    private static Exercise exercise(Path file) throws Exception {
        return Exercise.of(new TopologyReader(CATALOG).read(file)).orElseThrow();
    }

    private static Grade grade(Exercise exercise, Path work) throws Exception {
        return GRADER.grade(exercise, new TopologyReader(CATALOG).read(work));
    }

    /** The scores {@code coexist grade} prints for the files, in order. */
    static List<Integer> cliScores(Path exercise, Path... files) {
        String[] args = new String[files.length + 2];
        args[0] = "grade";
        args[1] = exercise.toString();
        for (int i = 0; i < files.length; i++) {
            args[i + 2] = files[i].toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
        return out.toString().lines().map(line -> {
            Matcher m = SCORE.matcher(line);
            assertTrue(m.find(), line);
            return Integer.parseInt(m.group(1));
        }).toList();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void untouchedEverythingIsStillWrongSolvedItScores100PartlyInBetween(String name) throws Exception {
        Path file = EXERCISES.resolve(name + ".coexist.json");
        Path solution = SOLUTIONS.resolve(name + ".solution.coexist.json");
        Path partial = SOLUTIONS.resolve(name + ".partial.coexist.json");
        assertTrue(Files.exists(solution) && Files.exists(partial), "fixtures for " + name);
        Exercise exercise = exercise(file);
        assertFalse(exercise.instructions().isBlank(), "the trainee is told what to do");
        assertTrue(exercise.mustFix().size() >= 3, "something to fix: " + exercise.mustFix());

        Grade untouched = grade(exercise, file);
        assertEquals(Set.copyOf(exercise.mustFix()), Set.copyOf(untouched.stillWrong()));
        assertEquals(List.of(), untouched.introduced());
        Grade solved = grade(exercise, solution);
        assertEquals(100, solved.score(), "solution: " + solved);
        Grade part = grade(exercise, partial);
        assertTrue(part.score() > untouched.score() && part.score() < 100, "partial: " + part.score());
        assertFalse(part.fixed().isEmpty());
        assertFalse(part.stillWrong().isEmpty());

        assertEquals(List.of(untouched.score(), part.score(), solved.score()), cliScores(file, file, partial, solution),
                "the CLI and the grader agree");
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void theTraineesSavedSolutionStillCarriesTheExercise(String name) throws Exception {
        Exercise exercise = exercise(EXERCISES.resolve(name + ".coexist.json"));
        Exercise carried = exercise(SOLUTIONS.resolve(name + ".solution.coexist.json"));
        assertEquals(exercise, carried);
        assertEquals(exercises().size(), Files.list(EXERCISES).filter(f -> f.toString().endsWith(".coexist.json"))
                .map(Path::getFileName).map(Path::toString).collect(Collectors.toSet()).size(),
                "every exercise file is in the index");
    }
}
