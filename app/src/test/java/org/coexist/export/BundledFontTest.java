package org.coexist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * The CJK subset font in assets/fonts covers every character of the Chinese and French translations and of the
 * rule sources, PDFBox embeds it, and a handout made with it alone (a machine without fonts) prints Chinese.
 */
class BundledFontTest {
    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "resources");
    private static final Path RULES = Path.of(System.getProperty("basedir", "."), "..", "assets", "rules",
            "rules.json");

    private static TrueTypeFont font() throws IOException {
        try (InputStream in = BundledFontTest.class.getResourceAsStream(PdfFontResolver.BUNDLED)) {
            assertNotNull(in, PdfFontResolver.BUNDLED + " is on the class path");
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /** Characters of the translated bundles and the rule data that the font must show. */
    private static Set<Integer> translatedText() throws IOException {
        Set<Integer> needed = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(f -> f.toString().endsWith("_zh_CN.properties")
                    || f.toString().endsWith("_fr.properties")).toList();
        }
        assertTrue(files.size() >= 8, "the translated bundles are found: " + files);
        for (Path file : files) {
            Files.readString(file, StandardCharsets.UTF_8).codePoints().forEach(needed::add);
        }
        Files.readString(RULES, StandardCharsets.UTF_8).codePoints().forEach(needed::add);
        needed.removeIf(cp -> Character.isISOControl(cp) || Character.isWhitespace(cp));
        return needed;
    }

    @Test
    void coversEveryCharacterOfTheTranslationsAndTheSources() throws IOException {
        try (TrueTypeFont font = font()) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            Set<Integer> needed = translatedText();
            assertTrue(needed.stream().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count() > 250, "the Chinese bundles are read");
            StringBuilder missing = new StringBuilder();
            for (int cp : needed) {
                if (cmap.getGlyphId(cp) <= 0) {
                    missing.appendCodePoint(cp);
                }
            }
            assertEquals("", missing.toString(), "characters without a glyph; run assets/fonts/make-cjk-subset.sh");
        }
    }

    @Test
    void isPlainTrueTypeThatPdfboxEmbeds() throws IOException {
        try (TrueTypeFont font = font(); PDDocument document = new PDDocument()) {
            assertNotNull(font.getGlyph(), "TrueType outlines (glyf), not CFF");
            PDType0Font embedded = PDType0Font.load(document, font, true);
            assertTrue(embedded.encode("持久聊天服务器池 Zürich").length > 0);
        }
    }

    @Test
    void aHandoutWithOnlyTheBundledFontPrintsChinesePhaseNames() throws IOException {
        Topology topology = ExportFixtures.topology();
        topology.setName("持久聊天迁移");
        topology.addPhase(new Phase("ph1", "部署持久聊天服务器池", "组聊天迁移到持久聊天。", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfHandoutExporter(ExportFixtures.painter(), PdfFontResolver.bundledOnly())
                .write(topology, ExportFixtures::findings, null, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("持久聊天迁移"), text);
            assertTrue(text.contains("部署持久聊天服务器池"), text);
            assertTrue(text.contains("组聊天迁移到持久聊天。"), text);
            assertTrue(!text.contains("??"), text);
        }
    }

    @Test
    void aCharacterTheSubsetLacksSendsTheResolverToAFontThatHasIt() throws IOException {
        String rare = "\u9F98"; // 龘: not in any bundle, so not in the subset
        try (TrueTypeFont font = font()) {
            assertEquals(0, font.getUnicodeCmapLookup(false).getGlyphId(rare.codePointAt(0)));
        }
        try (PDDocument scratch = new PDDocument();
             PdfFont chosen = PdfFontResolver.bundledOnly().resolve(scratch, "Contoso " + rare)) {
            assertEquals(PdfFont.Kind.EMBEDDED_CJK, chosen.kind(), "alone, the subset is still the best there is");
            assertEquals("classpath:" + PdfFontResolver.BUNDLED, chosen.source());
            assertEquals("Contoso ?", chosen.printable("Contoso " + rare));
        }
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy");
        if (Files.isDirectory(wqy)) {
            try (PDDocument scratch = new PDDocument();
                 PdfFont chosen = new PdfFontResolver(PdfFontResolver.BUNDLED, List.of(wqy))
                         .resolve(scratch, "Contoso " + rare)) {
                assertTrue(chosen.source().startsWith(wqy.toString()), chosen.source());
                assertEquals("Contoso " + rare, chosen.printable("Contoso " + rare));
            }
        }
    }
}
