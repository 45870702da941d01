package org.coexist.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Chooses the handout's font from the TrueType files in some directories: first one that covers Latin and CJK
 * (topology and phase names may be Chinese or Japanese), else one that covers Latin, else the explicit fallback,
 * Standard 14 Helvetica (see {@link PdfFont.Kind#STANDARD_14}). Nothing is installed or downloaded: a machine
 * without fonts still gets a readable handout.
 */
public final class PdfFontResolver {
    /** File name stems of fonts known to cover CJK, most preferred first. */
    private static final List<String> CJK_HINTS = List.of("notosanscjk", "notosanssc", "notosansjp",
            "sourcehansans", "wqy-zenhei", "wqy-microhei", "droidsansfallback", "ipaexg", "ipag", "vlgothic",
            "takaopgothic", "ukai", "uming", "msyh", "simsun", "msgothic", "meiryo", "yugoth", "arialuni");
    /** File name stems of fonts known to cover Latin text well. */
    private static final List<String> LATIN_HINTS = List.of("dejavusans.ttf", "liberationsans-regular",
            "notosans-regular", "arial.ttf", "freesans", "verdana.ttf");
    private static final int PROBE_LATIN = 'A';
    private static final int PROBE_CJK = 0x4E2D;

    private final List<Path> directories;

    /** Looks in these directories (and below them) for font files. An empty list means Helvetica. */
    public PdfFontResolver(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The usual font directories of Linux, macOS and Windows, and the user's own. */
    public static PdfFontResolver system() {
        String home = System.getProperty("user.home", "");
        return new PdfFontResolver(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local", "share", "fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), Path.of("C:\\Windows\\Fonts")));
    }

    /** Font files whose names suggest Latin or CJK coverage, CJK first, each group in preference order. */
    public List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory, 5)) {
                files.filter(file -> rank(file) < Integer.MAX_VALUE).forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable font directory is like a missing one: look elsewhere.
                continue;
            }
        }
        found.sort(Comparator.comparingInt(PdfFontResolver::rank).thenComparing(Path::toString));
        return found;
    }

    private static int rank(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ttf") && !name.endsWith(".ttc")) {
            return Integer.MAX_VALUE;
        }
        for (int i = 0; i < CJK_HINTS.size(); i++) {
            if (name.startsWith(CJK_HINTS.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < LATIN_HINTS.size(); i++) {
            if (name.startsWith(LATIN_HINTS.get(i))) {
                return CJK_HINTS.size() + i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The best font for a document; the caller closes it after saving the document. */
    public PdfFont resolve(PDDocument document) throws IOException {
        Path latin = null;
        for (Path file : candidates()) {
            Coverage coverage = coverage(file);
            if (coverage == Coverage.CJK) {
                return embed(document, file, PdfFont.Kind.EMBEDDED_CJK);
            }
            if (coverage == Coverage.LATIN && latin == null) {
                latin = file;
            }
        }
        if (latin != null) {
            return embed(document, latin, PdfFont.Kind.EMBEDDED_LATIN);
        }
        return standard14();
    }

    /** The explicit fallback: Helvetica, not embedded, WinAnsi characters only. */
    public static PdfFont standard14() {
        return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), PdfFont.Kind.STANDARD_14,
                Standard14Fonts.FontName.HELVETICA.getName(), null);
    }

    private enum Coverage { NONE, LATIN, CJK }

    private static Coverage coverage(Path file) {
        try (Opened opened = open(file)) {
            return coverage(opened.font);
        } catch (IOException | RuntimeException e) {
            // A broken or unsupported font file is skipped.
            return Coverage.NONE;
        }
    }

    private static Coverage coverage(TrueTypeFont font) throws IOException {
        if (font == null || font.getUnicodeCmapLookup(false) == null) {
            return Coverage.NONE;
        }
        if (font.getUnicodeCmapLookup(false).getGlyphId(PROBE_LATIN) <= 0) {
            return Coverage.NONE;
        }
        return font.getUnicodeCmapLookup(false).getGlyphId(PROBE_CJK) > 0 ? Coverage.CJK : Coverage.LATIN;
    }

    private static PdfFont embed(PDDocument document, Path file, PdfFont.Kind kind) throws IOException {
        Opened opened = open(file);
        try {
            return new PdfFont(PDType0Font.load(document, opened.font, true), kind, file.toString(), opened);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** A TrueType font and what must stay open while it is used: the file, or the collection it is part of. */
    private static final class Opened implements Closeable {
        final TrueTypeFont font;
        private final Closeable owner;

        Opened(TrueTypeFont font, Closeable owner) {
            this.font = font;
            this.owner = owner;
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static Opened open(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            try {
                collection.processAllFonts(font -> {
                    if (first[0] == null && coverage(font) != Coverage.NONE) {
                        first[0] = font;
                    }
                });
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
            if (first[0] == null) {
                collection.close();
                throw new IOException("no usable font in " + file);
            }
            return new Opened(first[0], collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        return new Opened(font, font);
    }
}
