package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    @TempDir
    Path dir;

    private final ExportService service = new ExportService(ExportFixtures.CATALOG, ExportFixtures::findings,
            new PdfFontResolver(List.of()));

    @Test
    void writesEachFormatAndLeavesNoTemporaryFile() throws IOException {
        Topology topology = ExportFixtures.withPhases();
        service.export(new ExportRequest(topology, ExportFormat.PNG, "ph1", 2, dir.resolve("d.png")));
        service.export(topology, ExportFormat.SVG, null, 1, dir.resolve("d.svg"));
        service.export(topology, ExportFormat.PDF, null, 1, dir.resolve("d.pdf"));

        BufferedImage png = ImageIO.read(dir.resolve("d.png").toFile());
        assertEquals(1680, png.getWidth());
        assertTrue(Files.readString(dir.resolve("d.svg")).contains("sql01"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("d.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "a title page and one or more per phase");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("d.pdf", "d.png", "d.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aPhaseHidesWhatItHides() throws IOException {
        Topology topology = ExportFixtures.withPhases();
        service.export(topology, ExportFormat.SVG, "ph2", 1, dir.resolve("ph2.svg"));
        String svg = Files.readString(dir.resolve("ph2.svg"));
        assertFalse(svg.contains("sql01"));
        assertTrue(svg.contains("archive01"));
    }

    @Test
    void anUnknownPhaseIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path output = dir.resolve("x.png");
        Files.writeString(output, "previous");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.export(ExportFixtures.withPhases(), ExportFormat.PNG, "ph9", 1, output));
        assertTrue(e.getMessage().contains("\"ph9\""), e.getMessage());
        assertTrue(e.getMessage().contains("ph1, ph2"), e.getMessage());
        assertEquals("previous", Files.readString(output));
    }

    @Test
    void aFailedExportKeepsThePreviousFile() throws IOException {
        Path output = dir.resolve("x.svg");
        Files.writeString(output, "previous");
        ExportService failing = new ExportService(ExportFixtures.CATALOG, t -> {
            throw new IllegalStateException("validation broke");
        }, new PdfFontResolver(List.of()));
        assertThrows(IllegalStateException.class,
                () -> failing.export(ExportFixtures.topology(), ExportFormat.SVG, null, 1, output));
        assertEquals("previous", Files.readString(output));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void formatsAreKnownByExtension() {
        assertEquals(ExportFormat.PDF, ExportFormat.ofFileName(Path.of("a/Handout.PDF")));
        assertEquals(ExportFormat.SVG, ExportFormat.ofFileName(Path.of("d.svg")));
        assertEquals(null, ExportFormat.ofFileName(Path.of("d.txt")));
    }
}
