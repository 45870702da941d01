package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javax.imageio.ImageIO;
import org.coexist.export.ExportFormat;
import org.coexist.export.ExportService;
import org.coexist.ui.dialogs.PngChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ExportActionsTest extends ShellTestBase {
    @TempDir
    Path dir;

    private void openSample() {
        assertTrue(load(PresentationModeTest.SAMPLE));
    }

    /**
     * Fires the item of File > Export as the menu would. Not with robot clicks: a submenu popup of an earlier
     * test's window can linger and catch the lookup.
     */
    private void exportThroughMenu(FxRobot robot, String item) {
        fx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) robot.lookup(".main-menu-bar")
                    .match(node -> node.getScene() == stage.getScene()).query();
            javafx.scene.control.Menu file = bar.getMenus().stream()
                    .filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
            javafx.scene.control.Menu export = (javafx.scene.control.Menu) file.getItems().stream()
                    .filter(m -> "menu-export".equals(m.getId())).findFirst().orElseThrow();
            export.getItems().stream().filter(m -> ("menu-" + item).equals(m.getId())).findFirst().orElseThrow()
                    .fire();
        });
    }

    private static BufferedImage png(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "a PNG ImageIO decodes");
        return image;
    }

    @Test
    void visibleViewIsTheViewportAtOneOrTwoTimesItsSize(FxRobot robot) throws IOException {
        openSample();
        Bounds view = fx(() -> window.canvas().node().lookup(".viewport").getLayoutBounds());
        Path one = dir.resolve("view1.png");
        Path two = dir.resolve("view2.png");
        dialogs.pngChoices.add(new PngChoice(false, 1));
        dialogs.exportFiles.add(one);
        exportThroughMenu(robot, "exportPng");
        dialogs.pngChoices.add(new PngChoice(false, 2));
        dialogs.exportFiles.add(two);
        fx(() -> window.exports().exportPng());

        assertEquals(List.of(ExportFormat.PNG, ExportFormat.PNG), dialogs.exportsAsked);
        BufferedImage at1 = png(one);
        BufferedImage at2 = png(two);
        assertEquals(Math.round(view.getWidth()), at1.getWidth(), 1);
        assertEquals(Math.round(view.getHeight()), at1.getHeight(), 1);
        assertEquals(Math.round(view.getWidth() * 2), at2.getWidth(), 2);
        assertEquals(Math.round(view.getHeight() * 2), at2.getHeight(), 2);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void wholeDiagramComesFromTheHeadlessExporterAtTheChosenScale() throws IOException {
        openSample();
        Path one = dir.resolve("whole1.png");
        Path two = dir.resolve("whole2.png");
        dialogs.pngChoices.add(new PngChoice(true, 1));
        dialogs.exportFiles.add(one);
        fx(() -> window.exports().exportPng());
        dialogs.pngChoices.add(new PngChoice(true, 2));
        dialogs.exportFiles.add(two);
        fx(() -> window.exports().exportPng());

        BufferedImage at1 = png(one);
        BufferedImage at2 = png(two);
        assertEquals(at1.getWidth() * 2, at2.getWidth(), 2);
        assertEquals(at1.getHeight() * 2, at2.getHeight(), 2);
        assertTrue(at1.getWidth() > 400, "the whole diagram, not a thumbnail: " + at1.getWidth());
    }

    @Test
    void svgOfThePhaseShownAndTheFullPdfHandout(FxRobot robot) throws IOException {
        openSample();
        String phase = fx(() -> topology().phases().get(0).id());
        fx(() -> context.phaseProperty().set(phase));
        Path svg = dir.resolve("phase.svg");
        Path pdf = dir.resolve("handout.pdf");
        dialogs.exportFiles.add(svg);
        exportThroughMenu(robot, "exportSvg");
        dialogs.exportFiles.add(pdf);
        fx(() -> window.exports().export(ExportFormat.PDF));

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        ExportService service = new ExportService(CATALOG, context.engine()::validate);
        Path expectedPhase = dir.resolve("expected-phase.svg");
        Path whole = dir.resolve("whole.svg");
        service.export(topology(), ExportFormat.SVG, phase, 1, expectedPhase);
        service.export(topology(), ExportFormat.SVG, null, 1, whole);
        assertArrayEquals(Files.readAllBytes(expectedPhase), Files.readAllBytes(svg), "the phase shown is exported");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(whole), Files.readAllBytes(svg)));

        byte[] handout = Files.readAllBytes(pdf);
        assertTrue(handout.length > 1000, "a handout of every phase: " + handout.length + " bytes");
        assertEquals("%PDF", new String(handout, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void cancellingWritesNothing() throws IOException {
        openSample();
        fx(() -> window.exports().exportPng());
        dialogs.pngChoices.add(new PngChoice(false, 1));
        fx(() -> window.exports().exportPng());
        fx(() -> window.exports().export(ExportFormat.PDF));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals(List.of(ExportFormat.PNG, ExportFormat.PDF), dialogs.exportsAsked);
    }
}
