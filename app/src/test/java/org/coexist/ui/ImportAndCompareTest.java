package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.ui.deployment.DiffView;
import org.coexist.ui.dialogs.Dialogs;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File > Import and File > Compare with Deployment, as a user does them. */
class ImportAndCompareTest extends ShellTestBase {
    private static final Path FIXTURES = Path.of("src/test/resources/import");
    private static final Path SAMPLE = Path.of("../assets/samples/ocs2007r2-to-lync2013.coexist.json");

    private static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    @Test
    void importIntoAnEmptyWindowOpensTheDeploymentLaidOutAndSaysWhatItDid(FxRobot robot) {
        dialogs.filesToImport.add(List.of(fixture("contoso-sfb.tbxml"), fixture("exchange-servers-format-list.txt")));
        robot.clickOn("#menu-file").clickOn("#menu-import");
        waitUntil(() -> !dialogs.summaries.isEmpty());

        assertEquals(14, topology().elements().size());
        assertNull(context.document().file(), "an import is an untitled document: Save asks where");
        Element pool = topology().elements().stream()
                .filter(e -> e.type() == ElementType.FRONT_END_POOL).findFirst().orElseThrow();
        assertTrue(pool.width() > 0 && pool.height() > 0, "the pool holding its Mediation Server has a size");
        assertEquals("Imported 14 elements into the forest contoso.com.", dialogs.summaryHeaders.get(0));
        assertTrue(dialogs.summaries.get(0).stream().anyMatch(l -> l.startsWith("SKIPPED fs01.contoso.com: file")));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(robot.lookup(".element-view").queryAll().size() >= 14, "the cards are drawn");
    }

    @Test
    void importIntoTheOpenDesignIsOneUndoableForestAndAsksForAMissingVersion(FxRobot robot) {
        assertTrue(load(SAMPLE));
        int forests = topology().forests().size();
        int elements = topology().elements().size();
        dialogs.filesToImport.add(List.of(fixture("merged-legacy.xml"), fixture("legacy-edge-input.xml")));
        dialogs.assumedVersions.add(ProductVersion.OCS_2007_R2);
        dialogs.importTargets.add(Dialogs.ImportTarget.ADD_FOREST);
        robot.clickOn("#menu-file").clickOn("#menu-import");
        waitUntil(() -> !dialogs.summaries.isEmpty());

        assertEquals(List.of(List.of("ocspool.contoso.com")), dialogs.versionQuestions);
        assertEquals(forests + 1, topology().forests().size());
        assertEquals(elements + 3, topology().elements().size());
        assertEquals("_Undo Import 3 elements", fx(() -> window.actions().undo.textProperty().get()));
        assertEquals(3, context.selection().ids().size(), "the imported elements are selected");

        press(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        waitUntil(() -> topology().forests().size() == forests);
        assertEquals(elements, topology().elements().size());
    }

    @Test
    void anUnreadableDocumentIsOneMessageAndNothingChanges(FxRobot robot) throws Exception {
        Path bad = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("bad", ".xml"), "<x/>");
        dialogs.filesToImport.add(List.of(bad));
        robot.clickOn("#menu-file").clickOn("#menu-import");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertTrue(dialogs.errors.get(0).startsWith(bad + ": a document of an unknown kind"), dialogs.errors.get(0));
        assertTrue(topology().elements().isEmpty());
        assertTrue(dialogs.summaries.isEmpty());
        java.nio.file.Files.delete(bad);
    }

    @Test
    void compareShowsEachPhaseAndTheDifferencesOfTheClosest(FxRobot robot) {
        DiffView view = compareSampleWithALegacyPool(robot);

        @SuppressWarnings("unchecked")
        TableView<DiffView.Row> phases = (TableView<DiffView.Row>) robot.lookup("#diff-phases").query();
        assertEquals(topology().phases().size(), phases.getItems().size());
        assertFalse(phases.getItems().stream().anyMatch(DiffView.Row::here), "no phase matches a lone legacy pool");
        // Nothing of the lone legacy pool matches the sample's names: the phase with the fewest elements is closest.
        assertEquals("No phase matches the deployment; the closest is Decommission OCS 2007 R2.",
                robot.lookup("#diff-summary").queryLabeled().getText());
        @SuppressWarnings("unchecked")
        ListView<DiffView.Line> details = (ListView<DiffView.Line>) robot.lookup("#diff-details").query();
        assertTrue(texts(details).contains("Deployed, not in the design: Front End Pool ocspool.contoso.com "
                + "(Office Communications Server 2007 R2)"), texts(details).toString());

        robot.clickOn(cellAt(phases, ".table-row-cell", 4));
        waitUntil(() -> phases.getSelectionModel().getSelectedIndex() == 4);
        assertEquals(view.lines(phases.getItems().get(4).report()), List.copyOf(details.getItems()));
        fx(() -> view.stage().close());
    }

    @Test
    void aDeploymentThatMatchesAPhaseIsMarkedThere(FxRobot robot) throws Exception {
        Path deployed = java.nio.file.Files.createTempFile("deployed", ".coexist.json");
        assertEquals(0, org.coexist.cli.Cli.run(new String[] {"import", fixture("contoso-sfb.tbxml").toString(),
            "--output", deployed.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())));
        assertTrue(load(deployed));
        dialogs.deploymentFiles.add(fixture("contoso-sfb.tbxml"));
        robot.clickOn("#menu-file").clickOn("#menu-compare");
        waitUntilComparisonShows(robot);
        assertEquals("The deployment matches the design.", robot.lookup("#diff-summary").queryLabeled().getText());
        @SuppressWarnings("unchecked")
        ListView<DiffView.Line> details = (ListView<DiffView.Line>) robot.lookup("#diff-details").query();
        assertEquals(List.of("The deployment matches this phase."), texts(details));
        fx(() -> window.deployment().lastView().stage().close());
        java.nio.file.Files.delete(deployed);
    }

    @Test
    void aDoubleClickOnALineShowsItsElementInThatPhase(FxRobot robot) {
        DiffView view = compareSampleWithALegacyPool(robot);
        @SuppressWarnings("unchecked")
        TableView<DiffView.Row> phases = (TableView<DiffView.Row>) robot.lookup("#diff-phases").query();
        robot.clickOn(cellAt(phases, ".table-row-cell", 2));
        waitUntil(() -> phases.getSelectionModel().getSelectedIndex() == 2);
        DiffView.Row row = phases.getItems().get(2);
        @SuppressWarnings("unchecked")
        ListView<DiffView.Line> details = (ListView<DiffView.Line>) robot.lookup("#diff-details").query();
        int index = fx(() -> {
            for (int i = 0; i < details.getItems().size(); i++) {
                if (details.getItems().get(i).designId() != null) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0, "the phase has a line about an element of the design: " + texts(details));
        String id = details.getItems().get(index).designId();
        robot.doubleClickOn(cellAt(details, ".list-cell", index));
        waitUntil(() -> context.selection().ids().equals(java.util.Set.of(id)));
        assertEquals(row.id(), fx(() -> context.phaseProperty().get()), "the designer shows the row's phase");
        fx(() -> view.stage().close());
    }

    /** Compares the sample with a deployment of one OCS 2007 R2 pool (its version asked and answered). */
    private DiffView compareSampleWithALegacyPool(FxRobot robot) {
        assertTrue(load(SAMPLE));
        dialogs.deploymentFiles.add(fixture("merged-legacy.xml"));
        dialogs.assumedVersions.add(ProductVersion.OCS_2007_R2);
        robot.clickOn("#menu-file").clickOn("#menu-compare");
        waitUntilComparisonShows(robot);
        return window.deployment().lastView();
    }

    /** The comparison window is up with its table and list in it (a split pane adds them with its skin). */
    private void waitUntilComparisonShows(FxRobot robot) {
        waitUntil(() -> window.deployment().lastView() != null && window.deployment().lastView().stage().isShowing());
        waitUntil(() -> robot.lookup("#diff-phases").tryQuery().isPresent()
                && robot.lookup("#diff-details").tryQuery().isPresent());
    }

    /**
     * The cell showing row {@code index} of a table or list, once the view has settled: its first layouts
     * recycle cells, so one found too early may show another row by the time it is clicked.
     */
    private static javafx.scene.Node cellAt(javafx.scene.Parent view, String cellClass, int index) {
        java.util.function.Supplier<javafx.scene.Node> find = () -> fx(() -> view.lookupAll(cellClass).stream()
                .filter(n -> n instanceof javafx.scene.control.IndexedCell<?> c && c.getIndex() == index
                        && !c.isEmpty() && c.isVisible())
                .findFirst().orElse(null));
        waitUntil(() -> find.get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return find.get();
    }

    private static List<String> texts(ListView<DiffView.Line> details) {
        return details.getItems().stream().map(DiffView.Line::text).toList();
    }
}
