package org.coexist.ui;

import org.coexist.ui.kernel.UiFont;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.coexist.io.CatalogReader;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, defect 2: every string the designer can show (every bundle in every language, the catalog's labels,
 * the severity signs and the arrows drawn in code) has a glyph in both faces of the bundled UI font, so nothing
 * is drawn as a box on a machine without fonts of its own. ShownGlyphsTest checks the windows draw with this font.
 */
class UiFontCoverageTest {
    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "resources");
    /** Drawn by code rather than read from a bundle: arrows between link ends, the zoom-out minus, dashes. */
    private static final List<String> LITERALS = List.of("\u2192", "\u2212", "\u2014", "\u2026", "\u00d7");

    static List<Font> faces() throws IOException, FontFormatException {
        List<Font> faces = new ArrayList<>();
        for (String resource : UiFont.RESOURCES) {
            try (InputStream in = UiFontCoverageTest.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource + " is in the jar");
                faces.add(Font.createFont(Font.TRUETYPE_FONT, in));
            }
        }
        return faces;
    }

    /** The characters of the string a face lacks (white space and controls need no glyph). */
    static String missing(Font face, String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                && !face.canDisplay(cp)).forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Every value of every bundle the designer reads, keyed "file: key". */
    private static Map<String, String> bundleTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
        for (Path file : files) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> texts.put(RESOURCES.relativize(file) + ": " + key, (String) value));
        }
        return texts;
    }

    @Test
    void bothFacesAreCoexistSans() throws Exception {
        for (Font face : faces()) {
            assertEquals(UiFont.FAMILY, face.getFamily());
        }
    }

    @Test
    void everyBundleCatalogLabelAndSignHasAGlyphInBothFaces() throws Exception {
        Map<String, String> texts = bundleTexts();
        assertTrue(texts.size() > 1000, "the bundles are read: " + texts.size());
        assertTrue(texts.containsValue("\u4e2d\u6587(\u7b80\u4f53)"), "the Chinese item of View > Language");
        Catalog catalog = CatalogReader.readBundled();
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            texts.put("catalog type " + spec.type(), spec.label());
        }
        for (ProductVersion version : ProductVersion.values()) {
            Catalog.VersionLabel label = catalog.label(version);
            if (label != null) {
                texts.put("catalog version " + version, label.label() + " " + label.badge());
            }
        }
        for (Severity severity : Severity.values()) {
            texts.put("severity sign " + severity, severity.symbol());
        }
        LITERALS.forEach(literal -> texts.put("literal " + literal, literal));

        List<String> gaps = new ArrayList<>();
        for (Font face : faces()) {
            texts.forEach((where, text) -> {
                String lacking = missing(face, text);
                if (!lacking.isEmpty()) {
                    gaps.add(face.getFontName() + " lacks \"" + lacking + "\" of " + where);
                }
            });
        }
        assertEquals(List.of(), gaps, "run assets/fonts/make-cjk-subset.sh");
    }

    @Test
    void theCheckFindsAGlyphTheFontLacks() throws Exception {
        // U+26D4 (no entry) is what the designer used to show before warnings: no face has it, hence the boxes.
        assertEquals("\u26d4", missing(faces().get(0), "\u26d4 Front End Pool"));
    }
}
