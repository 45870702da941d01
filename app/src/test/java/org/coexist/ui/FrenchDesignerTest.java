package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coexist.export.ExportFormat;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.ui.files.BundledSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A French designer shows the catalog in French: palette, inspector, command names and the PDF handout. */
class FrenchDesignerTest extends ShellTestBase {
    @TempDir
    Path dir;

    @Override
    Locale locale() {
        return Locale.FRENCH;
    }

    private List<String> labelsUnder(String selector, String styleClass) {
        return fx(() -> window.root().lookup(selector).lookupAll("." + styleClass).stream()
                .map(n -> ((Labeled) n).getText()).toList());
    }

    @Test
    void paletteAndInspectorShowFrenchLabelsAndUndoNamesTheFrenchType(FxRobot robot) {
        assertEquals(List.of("Pool de serveurs frontaux"), labelsUnder("#palette-FRONT_END_POOL",
                "palette-entry-label"));
        assertTrue(labelsUnder("#palette-group-communications", "section-header").contains("Communications"));
        assertTrue(labelsUnder("#palette-group-exchange", "palette-entry-label")
                .contains("Serveur de boîtes aux lettres"));

        Bounds canvas = fx(() -> window.canvas().node().localToScreen(window.canvas().node().getBoundsInLocal()));
        robot.drag("#palette-FOREST", MouseButton.PRIMARY)
                .moveTo(new Point2D(canvas.getMinX() + 200, canvas.getMinY() + 160)).release(MouseButton.PRIMARY);
        waitUntil(() -> fx(() -> window.root().lookup(".forest") != null));
        Node forest = fx(() -> window.root().lookup(".forest"));
        Bounds forestBounds = fx(() -> forest.localToScreen(forest.getBoundsInLocal()));
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY)
                .moveTo(new Point2D(forestBounds.getMinX() + 60, forestBounds.getMinY() + 60))
                .release(MouseButton.PRIMARY);

        Element pool = fx(() -> topology().elements().stream()
                .filter(e -> e.type() == ElementType.FRONT_END_POOL).findFirst().orElseThrow());
        assertEquals(pool.id(), fx(() -> context.selection().single().orElseThrow()), "the new pool is selected");
        List<String> values = labelsUnder("#inspector", "property-value");
        assertTrue(values.contains("Pool de serveurs frontaux"), values.toString());
        List<String> names = labelsUnder("#inspector", "property-label");
        assertTrue(names.contains("Hôte"), names.toString());
        assertEquals("Pool de serveurs frontaux",
                fx(() -> ((Label) window.root().lookup("#view-" + pool.id() + " .element-type")).getText()),
                "the card on the canvas");

        String undo = "_Annuler Ajouter Pool de serveurs frontaux " + pool.name();
        assertEquals(undo, fx(() -> window.actions().undo.textProperty().get()));
        robot.clickOn("#menu-edit");
        robot.clickOn(r -> r instanceof Labeled l && undo.equals(l.getText()));
        assertFalse(fx(() -> topology().containsId(pool.id())), "the French-named command undoes");
    }

    @Test
    void theHandoutExportedFromTheDesignerHasFrenchHeadings() throws IOException {
        BundledSamples samples = new BundledSamples(CATALOG);
        BundledSamples.Sample lync = samples.samples().stream()
                .filter(s -> s.fileName().startsWith("ocs2007r2-to-lync2013")).findFirst().orElseThrow();
        fx(() -> window.files().openUntitled(() -> samples.read(lync)));
        Path pdf = dir.resolve("support.pdf");
        dialogs.exportFiles.add(pdf);
        fx(() -> window.exports().export(ExportFormat.PDF));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Phases"), text);
        assertTrue(text.contains("Problèmes (1)"), text);
        assertTrue(text.contains("AVERTISSEMENT"), text);
        assertTrue(text.contains("Aucun problème"), text);
        assertTrue(text.contains("1 forêt"), text);
        assertFalse(text.contains("Findings"), text);
        assertFalse(text.contains("No findings"), text);
    }
}
