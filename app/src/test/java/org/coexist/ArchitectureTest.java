package org.coexist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers stay apart: only the designer touches JavaFX, and lower layers never reach up. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coexist");
    }

    @Test
    void headlessLayersDoNotUseJavaFxScene() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("org.coexist.model..", "org.coexist.rules..", "org.coexist.io..",
                        "org.coexist.cli..", "org.coexist.bench..", "org.coexist.export..", "org.coexist.importer..",
                        "org.coexist.layout..", "org.coexist.diff..", "org.coexist.exercise..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..");
        rule.check(classes);
    }

    /** Bytecode does not show an unused import; the sources do. */
    @Test
    void headlessSourcesDoNotImportJavaFxScene() throws IOException {
        Path root = Path.of("src/main/java/org/coexist");
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("model", "rules", "io", "cli", "bench", "export", "importer", "layout", "diff",
                "exercise")) {
            Path dir = root.resolve(layer);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.matches("\\s*import\\s+(static\\s+)?javafx\\.(scene|stage|application)\\b.*")) {
                            offenders.add(file + ": " + line.trim());
                        }
                    }
                }
            }
        }
        assertTrue(Files.isDirectory(root.resolve("model")), "run from the app module");
        assertEquals(List.of(), offenders);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.coexist.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coexist.rules..", "org.coexist.io..",
                        "org.coexist.cli..", "org.coexist.ui..", "org.coexist.bench..", "org.coexist.export..",
                        "org.coexist.importer..", "org.coexist.layout..", "org.coexist.diff..")
                .check(classes);
    }

    @Test
    void rulesAndIoDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.coexist.rules..", "org.coexist.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coexist.cli..", "org.coexist.ui..",
                        "org.coexist.bench..", "org.coexist.export..", "org.coexist.importer..",
                        "org.coexist.layout..", "org.coexist.diff..", "org.coexist.exercise..")
                .check(classes);
    }

    /** The importer reads documents into the model (it may use io and the layout), the layout and the diff only
     *  know the model; none of them reaches the command line, the designer or the exporters. */
    @Test
    void importerLayoutAndDiffStayBelowTheShells() {
        noClasses().that().resideInAnyPackage("org.coexist.importer..", "org.coexist.layout..", "org.coexist.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coexist.cli..", "org.coexist.ui..",
                        "org.coexist.bench..", "org.coexist.export..", "org.coexist.rules..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.coexist.layout..", "org.coexist.diff..")
                .should().dependOnClassesThat().resideInAnyPackage("org.coexist.importer..", "org.coexist.io..")
                .check(classes);
    }

    @Test
    void onlyTheDesignerUsesTheDesigner() {
        noClasses().that().resideOutsideOfPackages("org.coexist.ui..", "org.coexist")
                .should().dependOnClassesThat().resideInAPackage("org.coexist.ui..")
                .check(classes);
    }
}
