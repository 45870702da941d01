package org.coexist.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Chooses the handout's fonts. Latin text is set in the bundled Liberation Sans ({@link #BUNDLED_LATIN}, embedded
 * as a subset, so it prints the same everywhere; a resolver without bundled fonts uses Standard 14 Helvetica);
 * this chooses the font for the rest. First choice is the font bundled in the jar ({@link #BUNDLED}: a subset of WenQuanYi Micro Hei with every
 * Chinese character of the translations and seeds), so that Chinese prints on a machine without CJK fonts and a
 * handout looks the same on every machine. When the handout's text has characters the bundled font lacks (a
 * Chinese or Japanese name of the user's own), the TrueType files in some directories are tried: the first that
 * covers all of the text wins, else the one that covers most of it. Without any font, Helvetica is alone (see
 * {@link PdfFont.Kind#STANDARD_14}). Nothing is installed or downloaded.
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

    /** The class-path resource of the bundled font (see assets/fonts/README.md). */
    public static final String BUNDLED = "/assets/fonts/coexist-cjk-subset.ttf";
    /** The bundled Latin font, regular and bold (Liberation Sans, SIL Open Font License). */
    public static final String BUNDLED_LATIN = "/assets/fonts/LiberationSans-Regular.ttf";
    public static final String BUNDLED_LATIN_BOLD = "/assets/fonts/LiberationSans-Bold.ttf";

    private final String bundled;
    private final List<Path> directories;

    /** Looks in these directories (and below them) for font files, without the bundled font. */
    public PdfFontResolver(List<Path> directories) {
        this(null, directories);
    }

    /**
     * @param bundledResource a TrueType font on the class path, tried first, or null for none
     * @param directories     where to look for font files when that font lacks characters
     */
    public PdfFontResolver(String bundledResource, List<Path> directories) {
        this.bundled = bundledResource;
        this.directories = List.copyOf(directories);
    }

    /** The bundled font, then the usual font directories of Linux, macOS and Windows, and the user's own. */
    public static PdfFontResolver system() {
        String home = System.getProperty("user.home", "");
        return new PdfFontResolver(BUNDLED, List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local", "share", "fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), Path.of("C:\\Windows\\Fonts")));
    }

    /** The bundled fonts alone: what a machine without fonts gets. */
    public static PdfFontResolver bundledOnly() {
        return new PdfFontResolver(BUNDLED, List.of());
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

    /** The first usable font, for text of unknown content; the caller closes it after saving the document. */
    public PdfFont resolve(PDDocument document) throws IOException {
        return resolve(document, "");
    }

    /**
     * The fonts that best print this text: the Latin font for its Latin part, and for the rest the first candidate
     * (bundled font, then CJK and Latin files) that covers all of it, else the one that covers most. The caller
     * closes it after saving the document.
     */
    public PdfFont resolve(PDDocument document, String text) throws IOException {
        // The Latin font sets Latin text (Liberation Sans covers at least what Helvetica does): the font chosen
        // here is for everything else.
        PdfFont latinOnly = standard14();
        int[] needed = text.codePoints().filter(cp -> !Character.isISOControl(cp) && !Character.isWhitespace(cp))
                .filter(cp -> !latinOnly.isLatin(cp)).distinct().toArray();
        Opened best = null;
        String bestSource = null;
        int bestMissing = Integer.MAX_VALUE;
        for (Candidate candidate : allCandidates()) {
            Opened opened = candidate.open();
            if (opened == null) {
                continue;
            }
            int missing;
            try {
                missing = missing(opened.font, needed);
            } catch (IOException e) {
                opened.close();
                continue;
            }
            if (missing < bestMissing) {
                if (best != null) {
                    best.close();
                }
                best = opened;
                bestSource = candidate.source;
                bestMissing = missing;
                if (missing == 0) {
                    break;
                }
            } else {
                opened.close();
            }
        }
        PdfFont.Kind kind = best == null ? PdfFont.Kind.STANDARD_14 : coverage(best.font) == Coverage.CJK
                ? PdfFont.Kind.EMBEDDED_CJK : PdfFont.Kind.EMBEDDED_LATIN;
        try {
            PDType0Font other = best == null ? null : PDType0Font.load(document, best.font, true);
            String source = best == null ? Standard14Fonts.FontName.HELVETICA.getName() : bestSource;
            PDType0Font latin = bundled == null ? null : loadResource(document, BUNDLED_LATIN);
            PDType0Font latinBold = bundled == null ? null : loadResource(document, BUNDLED_LATIN_BOLD);
            if (latin == null || latinBold == null) {
                return PdfFont.helvetica(other, kind, source, best);
            }
            return new PdfFont(latin, latinBold, other, kind, source, best);
        } catch (IOException | RuntimeException e) {
            if (best != null) {
                best.close();
            }
            throw e;
        }
    }

    /** A font of the class path, embedded as a subset; null when the jar lacks it. */
    private static PDType0Font loadResource(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFontResolver.class.getResourceAsStream(resource)) {
            return in == null ? null : PDType0Font.load(document, in, true);
        }
    }

    /** A font to try, opened only when it is its turn. */
    private record Candidate(String source, Path file, String resource) {
        /** The font, or null when it is missing, broken, or covers no Latin. */
        Opened open() {
            try {
                Opened opened = file != null ? PdfFontResolver.open(file) : openResource(resource);
                if (opened != null && coverage(opened.font) == Coverage.NONE) {
                    opened.close();
                    return null;
                }
                return opened;
            } catch (IOException | RuntimeException e) {
                // A broken or unsupported font is skipped.
                return null;
            }
        }
    }

    private List<Candidate> allCandidates() {
        List<Candidate> result = new ArrayList<>();
        if (bundled != null) {
            result.add(new Candidate("classpath:" + bundled, null, bundled));
        }
        candidates().forEach(file -> result.add(new Candidate(file.toString(), file, null)));
        return result;
    }

    private static Opened openResource(String resource) throws IOException {
        try (InputStream in = PdfFontResolver.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            return new Opened(font, font);
        }
    }

    private static int missing(TrueTypeFont font, int[] codePoints) throws IOException {
        var cmap = font.getUnicodeCmapLookup(false);
        int missing = 0;
        for (int cp : codePoints) {
            if (cmap.getGlyphId(cp) <= 0) {
                missing++;
            }
        }
        return missing;
    }

    /** The explicit fallback: Helvetica alone, not embedded, WinAnsi characters only. */
    public static PdfFont standard14() {
        return PdfFont.helvetica(null, PdfFont.Kind.STANDARD_14, Standard14Fonts.FontName.HELVETICA.getName(), null);
    }

    private enum Coverage { NONE, LATIN, CJK }

    private static Coverage coverage(TrueTypeFont font) throws IOException {
        if (font == null || font.getUnicodeCmapLookup(false) == null) {
            return Coverage.NONE;
        }
        if (font.getUnicodeCmapLookup(false).getGlyphId(PROBE_LATIN) <= 0) {
            return Coverage.NONE;
        }
        return font.getUnicodeCmapLookup(false).getGlyphId(PROBE_CJK) > 0 ? Coverage.CJK : Coverage.LATIN;
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
