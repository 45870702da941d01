package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.coexist.io.TopologyReader;
import org.coexist.model.Element;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.ValidationEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The handout of "What not to do" as it prints: text large enough, names whole, Latin text in a Latin font. */
class HandoutReadabilityTest {
    private static final Path SAMPLE = Path.of("..", "assets", "samples", "what-not-to-do.coexist.json");
    /** The bundled Latin font, as the PDF names it (with a subset prefix). */
    private static final String LATIN = "LiberationSans";
    private static final ValidationEngine ENGINE = new ValidationEngine(ExportFixtures.CATALOG, Locale.ENGLISH);

    /** Every glyph of a document with its page, as PDFBox reads it back. */
    private record Glyph(int page, String text, float size, String font) {
    }

    private static Topology sample() throws Exception {
        return new TopologyReader(ExportFixtures.CATALOG).read(SAMPLE);
    }

    private static byte[] handout(Topology topology, HandoutOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfHandoutExporter(ExportFixtures.painter(), PdfFontResolver.bundledOnly())
                .write(topology, ENGINE::validate, null, options, out);
        return out.toByteArray();
    }

    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getFontSizeInPt(),
                            p.getFont().getName()));
                }
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void theSmallestTextIsAtLeastSevenPoints(Paper paper) throws Exception {
        try (PDDocument document = Loader.loadPDF(handout(sample(), new HandoutOptions(paper, false)))) {
            List<Glyph> glyphs = glyphs(document);
            float smallest = (float) glyphs.stream().filter(g -> !g.text().isBlank())
                    .mapToDouble(Glyph::size).min().orElseThrow();
            assertTrue(smallest >= 7 - 1e-3, paper + ": smallest text " + smallest + " pt");
            float width = document.getPage(1).getMediaBox().getWidth();
            assertEquals(paper.landscape().getWidth(), width, 0.01);
        }
    }

    @Test
    void everyPhaseShowsItsNamesWholeAndDropsTheForestsEmptyInIt() throws Exception {
        Topology topology = sample();
        try (PDDocument document = Loader.loadPDF(handout(topology, HandoutOptions.ROOM_A4))) {
            String all = new PDFTextStripper().getText(document);
            assertFalse(all.lines().anyMatch(l -> l.endsWith("\u2026")), "a name is cut short: "
                    + all.lines().filter(l -> l.endsWith("\u2026")).toList());
            for (Phase phase : topology.phases()) {
                String pages = phasePages(document, phase.name());
                String joined = pages.replaceAll("\\s+", "");
                Topology shown = topology.without(phase.hidden());
                for (Element element : shown.elements()) {
                    assertTrue(joined.contains(element.name().replaceAll("\\s+", "")),
                            phase.name() + " lacks " + element.name());
                }
                topology.forests().stream().filter(f -> shown.elementsIn(f.id()).isEmpty())
                        .forEach(f -> assertFalse(pages.contains(f.name()),
                                phase.name() + " draws the empty forest " + f.name()));
            }
        }
    }

    @Test
    void englishQuotesAreSetInTheLatinFontNotTheCjkFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(handout(sample(), HandoutOptions.ROOM_A4))) {
            List<Glyph> glyphs = glyphs(document);
            int english = 0;
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                // An opening quote before a Latin letter: an English quotation (the seeds quote Chinese too).
                if (glyphs.get(i).text().equals("\u201c") && glyphs.get(i + 1).text().matches("[A-Za-z]")) {
                    english++;
                    assertTrue(glyphs.get(i).font().contains(LATIN), "a quote in " + glyphs.get(i).font());
                    assertTrue(glyphs.get(i + 1).font().contains(LATIN), "a letter in " + glyphs.get(i + 1));
                }
                if (glyphs.get(i + 1).text().equals("\u201d") && glyphs.get(i).text().matches("[A-Za-z.]")) {
                    assertTrue(glyphs.get(i + 1).font().contains(LATIN), "a quote in " + glyphs.get(i + 1));
                }
            }
            assertTrue(english > 0, "the findings' sources are quoted");
        }
    }

    @Test
    void chineseRunsAreSetInTheCjkFontAndTheirQuotesWithThem() throws Exception {
        Topology topology = sample();
        topology.setName("\u201c\u4e2d\u6587\u201d and \u201cEnglish\u201d");
        try (PDDocument document = Loader.loadPDF(handout(topology, HandoutOptions.ROOM_A4))) {
            List<Glyph> title = glyphs(document).stream().filter(g -> g.page() == 1).limit(18).toList();
            assertTrue(title.get(0).font().contains("WenQuanYi"),
                    "the opening quote of Chinese text: " + title.get(0));
            assertTrue(title.get(1).font().equals(title.get(0).font()), title.toString());
            Glyph englishQuote = title.stream().filter(g -> g.text().equals("\u201c")).skip(1).findFirst()
                    .orElseThrow();
            assertTrue(englishQuote.font().contains(LATIN), englishQuote.toString());
        }
    }

    @Test
    void theTrainersEditionAddsTheAnswerKeys() throws Exception {
        Topology topology = sample();
        Phase first = topology.phases().get(0);
        topology.replacePhase(first.withAnswerKey("The secret answer (ocs-r2-shared-backend-instance)."));
        try (PDDocument room = Loader.loadPDF(handout(topology, HandoutOptions.ROOM_A4));
             PDDocument trainer = Loader.loadPDF(handout(topology, new HandoutOptions(Paper.A4, true)))) {
            assertFalse(new PDFTextStripper().getText(room).contains("The secret answer"));
            String text = new PDFTextStripper().getText(trainer);
            assertTrue(text.contains("Trainer\u2019s edition"), text.substring(0, 200));
            assertTrue(text.contains("Answer key") && text.contains("The secret answer"));
        }
    }

    /** The text of the pages whose heading starts with the phase's name (its tiles and continuations). */
    private static String phasePages(PDDocument document, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 2; i <= document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            String page = stripper.getText(document);
            if (page.startsWith(name)) {
                text.append(page);
            }
        }
        assertFalse(text.isEmpty(), "no page for " + name);
        return text.toString();
    }
}
