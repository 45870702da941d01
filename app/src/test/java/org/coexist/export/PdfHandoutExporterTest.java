package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

class PdfHandoutExporterTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final PdfHandoutExporter helvetica =
            new PdfHandoutExporter(ExportFixtures.painter(), new PdfFontResolver(List.of()));
    private final PdfHandoutExporter system =
            new PdfHandoutExporter(ExportFixtures.painter(), PdfFontResolver.system());

    @Test
    void aTitlePageThenOnePagePerPhaseWithNotesAndFindings() throws IOException {
        byte[] pdf = write(system, ExportFixtures.withPhases(), null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A title page, then each phase (a phase whose findings do not fit continues on another page).
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
            String title = text(document, 1);
            assertTrue(title.contains("Contoso migration"), title);
            assertTrue(title.contains("Phase 1: coexist") && title.contains("Phase 2: retire"), title);

            String first = text(document, 2);
            assertTrue(first.contains("Phase 1: coexist"), first);
            assertTrue(first.contains("Install the Lync 2010 archiving server."), first);
            assertTrue(first.contains(ExportFixtures.ERROR_MESSAGE), first);
            assertTrue(first.contains("ERROR"), first);
            assertTrue(first.contains(ExportFixtures.SEED.title()), first);
            assertTrue(first.contains("sql01"), "the diagram's names are text: " + first);

            String second = text(document, document.getNumberOfPages());
            assertTrue(second.contains("Phase 2: retire"), second);
            assertTrue(second.contains("Decommission the old SQL instance."), second);
            assertFalse(second.contains(ExportFixtures.ERROR_MESSAGE), "phase 2 hides e2 and so l1: " + second);
            assertFalse(second.contains("sql01"), "phase 2 hides sql01: " + second);
            assertTrue(second.contains(ExportFixtures.WARNING_MESSAGE), second);
        }
    }

    @Test
    void withoutPhasesOnePageShowsTheWholeTopology() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(helvetica, ExportFixtures.topology(), null))) {
            assertEquals(2, document.getNumberOfPages());
            assertTrue(text(document, 2).contains(ExportFixtures.ERROR_MESSAGE));
        }
    }

    @Test
    void oneRequestedPhaseGivesTheTitleAndThatPhase() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(helvetica, ExportFixtures.withPhases(), "ph2"))) {
            assertEquals(2, document.getNumberOfPages());
            assertTrue(text(document, 2).contains("Phase 2: retire"));
        }
        assertThrows(IllegalArgumentException.class, () -> write(helvetica, ExportFixtures.withPhases(), "nope"));
    }

    @Test
    void theSameTopologyGivesTheSameBytes() throws IOException {
        assertArrayEquals(write(system, ExportFixtures.withPhases(), null),
                write(system, ExportFixtures.withPhases(), null));
    }

    @Test
    void findingsThatDoNotFitContinueOnAnotherPage() throws IOException {
        Topology topology = ExportFixtures.topology();
        List<org.coexist.rules.Finding> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(ExportFixtures.findings(topology).get(0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        helvetica.write(topology, t -> many, null, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertTrue(document.getNumberOfPages() > 2);
            assertTrue(text(document, 3).contains("(continued)"));
        }
    }

    @Test
    void withoutFontFilesHelveticaStandsInAndCjkBecomesQuestionMarks() throws IOException {
        try (PDDocument scratch = new PDDocument(); PdfFont font = new PdfFontResolver(List.of()).resolve(scratch)) {
            assertEquals(PdfFont.Kind.STANDARD_14, font.kind());
            assertEquals("Z\u00fcrich ?? \u2026", font.printable("Z\u00fcrich \u6771\u4eac \u2026"));
        }
        Topology topology = ExportFixtures.withPhases();
        topology.setName("Z\u00fcrich \u6771\u4eac");
        try (PDDocument document = Loader.loadPDF(write(helvetica, topology, null))) {
            assertTrue(text(document, 1).contains("Z\u00fcrich ??"), text(document, 1));
        }
    }

    @Test
    void aFontOnTheMachineIsEmbedded() throws IOException {
        assumeTrue(Files.exists(DEJAVU), "DejaVu Sans is not installed here");
        try (PDDocument scratch = new PDDocument(); PdfFont font = PdfFontResolver.system().resolve(scratch)) {
            assertNotEquals(PdfFont.Kind.STANDARD_14, font.kind());
            assertEquals("Z\u00fcrich \u0141\u00f3d\u017a", font.printable("Z\u00fcrich \u0141\u00f3d\u017a"));
        }
        Topology topology = ExportFixtures.withPhases();
        topology.setName("\u0141\u00f3d\u017a migration");
        try (PDDocument document = Loader.loadPDF(write(system, topology, null))) {
            assertTrue(text(document, 1).contains("\u0141\u00f3d\u017a migration"), text(document, 1));
        }
    }

    @Test
    void chinesePhaseNamesPrintWhateverFontsTheMachineHas() throws IOException {
        Topology topology = ExportFixtures.withPhases();
        topology.addPhase(new org.coexist.model.Phase("ph3", "迁移组聊天", "部署持久聊天服务器池。", List.of()));
        try (PDDocument document = Loader.loadPDF(write(system, topology, "ph3"))) {
            assertTrue(text(document, 1).contains("迁移组聊天"), text(document, 1));
            assertTrue(text(document, 2).contains("部署持久聊天服务器池。"), text(document, 2));
        }
    }

    private static byte[] write(PdfHandoutExporter exporter, Topology topology, String phase) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(topology, ExportFixtures::findings, phase, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
