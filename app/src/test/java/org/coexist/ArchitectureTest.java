package org.coexist;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
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
                .that().resideInAnyPackage("org.coexist.model..", "org.coexist.geometry..", "org.coexist.rules..",
                        "org.coexist.io..", "org.coexist.cli..", "org.coexist.bench..", "org.coexist.export..",
                        "org.coexist.importer..", "org.coexist.layout..", "org.coexist.diff..", "org.coexist.exercise..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..");
        rule.check(classes);
    }

    /** Bytecode does not show an unused import; the sources do. */
    @Test
    void headlessSourcesDoNotImportJavaFxScene() throws IOException {
        Path root = Path.of("src/main/java/org/coexist");
        List<String> offenders = new ArrayList<>();
        for (String layer : List.of("model", "geometry", "rules", "io", "cli", "bench", "export", "importer", "layout",
                "diff", "exercise")) {
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

    /**
     * The layers, bottom up: the model; the geometry, the rules and io over it; the layout, the exporters, the
     * importer, the diff and the exercises; the benchmark; the two shells (command line and designer) that only the
     * launcher reaches. Each layer names who may use it.
     */
    @Test
    void layersAreUsedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.coexist")
                .layer("Designer").definedBy("org.coexist.ui..")
                .layer("Cli").definedBy("org.coexist.cli..")
                .layer("Bench").definedBy("org.coexist.bench..")
                .layer("Export").definedBy("org.coexist.export..")
                .layer("Importer").definedBy("org.coexist.importer..")
                .layer("Exercise").definedBy("org.coexist.exercise..")
                .layer("Diff").definedBy("org.coexist.diff..")
                .layer("Layout").definedBy("org.coexist.layout..")
                .layer("Io").definedBy("org.coexist.io..")
                .layer("Rules").definedBy("org.coexist.rules..")
                .layer("Geometry").definedBy("org.coexist.geometry..")
                .layer("Model").definedBy("org.coexist.model..")
                .whereLayer("Designer").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli", "Designer")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Designer")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("Cli", "Designer")
                .whereLayer("Exercise").mayOnlyBeAccessedByLayers("Cli", "Designer")
                .whereLayer("Diff").mayOnlyBeAccessedByLayers("Cli", "Designer")
                .whereLayer("Layout").mayOnlyBeAccessedByLayers("Importer")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Cli", "Designer", "Bench", "Importer")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Cli", "Designer", "Bench", "Export", "Exercise")
                .whereLayer("Geometry").mayOnlyBeAccessedByLayers("Designer", "Export", "Importer", "Layout")
                .whereLayer("Geometry").mayOnlyAccessLayers("Model")
                .whereLayer("Model").mayNotAccessAnyLayer()
                .check(classes);
    }

    /** The designer's parts depend on one another without a cycle. */
    @Test
    void designerPartsAreFreeOfCycles() {
        slices().matching("org.coexist.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Inside the designer: the window (the {@code ui} package: main window, session, application) assembles the
     * parts (canvas, palette, inspector, problems, phases, files, dialogs, ...), which share the kernel (context,
     * document, selection, phase scope, texts); the kernel knows neither, and no part knows the window.
     */
    @Test
    void designerWindowAssemblesPartsOverTheKernel() {
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> parts = resideInAPackage("org.coexist.ui.*..")
                .and(DescribedPredicate.not(resideInAPackage("org.coexist.ui.kernel..")));
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Window").definedBy("org.coexist.ui")
                .layer("Parts").definedBy(parts)
                .layer("Kernel").definedBy("org.coexist.ui.kernel..")
                .whereLayer("Window").mayNotBeAccessedByAnyLayer()
                .whereLayer("Parts").mayOnlyBeAccessedByLayers("Window")
                .whereLayer("Kernel").mayOnlyBeAccessedByLayers("Window", "Parts")
                .check(classes);
    }

    /** Every kind of checker is one the engine handles: the kinds are sealed. */
    @Test
    void checkerKindsAreSealed() {
        assertTrue(org.coexist.rules.spi.Checker.class.isSealed());
        assertEquals(5, org.coexist.rules.spi.Checker.class.getPermittedSubclasses().length);
    }
}
