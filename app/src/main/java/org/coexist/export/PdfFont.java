package org.coexist.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts a handout is set in, one per script, with what none of them can show replaced. Latin text is set in a
 * Latin font, regular and bold (the bundled Liberation Sans, embedded as a subset; without it the PDF Standard 14
 * Helvetica), whose quotation marks and dashes are Latin ones; other characters (Chinese, Japanese) go to a
 * TrueType font found by {@link PdfFontResolver} and embedded as a subset, so a CJK font never sets English. A
 * quotation mark or ellipsis takes the font of the text it belongs to: full width inside Chinese, narrow inside
 * English. Characters no font has print as {@link #REPLACEMENT}.
 */
public final class PdfFont implements Closeable {
    public static final char REPLACEMENT = '?';

    /** The font for what Helvetica cannot set; STANDARD_14 means there is none. */
    public enum Kind {
        /** An embedded TrueType font that covers Latin and CJK text. */
        EMBEDDED_CJK,
        /** An embedded TrueType font that covers Latin text but not CJK. */
        EMBEDDED_LATIN,
        /** No usable font file: Helvetica alone, Windows-1252 characters only. */
        STANDARD_14
    }

    /** A stretch of printable text set in one face; bold is emulated (stroked outlines) when the face has none. */
    record Run(PDFont face, String text, boolean emulatedBold) {
    }

    private final PDFont latin;
    private final PDFont latinBold;
    private final PDFont other;
    private final Kind kind;
    private final String source;
    private final Closeable resource;
    private final Map<Integer, Boolean> inLatin = new HashMap<>();
    private final Map<Integer, Boolean> inOther = new HashMap<>();

    /**
     * @param latin     the font for Latin text, and its bold
     * @param other     the embedded font for characters the Latin font lacks, or null for none
     * @param resource  what to close once the document is saved (the font file), or null
     */
    PdfFont(PDFont latin, PDFont latinBold, PDFont other, Kind kind, String source, Closeable resource) {
        this.latin = latin;
        this.latinBold = latinBold;
        this.other = other;
        this.kind = kind;
        this.source = source;
        this.resource = resource;
    }

    /** Helvetica, not embedded: what stands in when no Latin font file is bundled. */
    static PdfFont helvetica(PDFont other, Kind kind, String source, Closeable resource) {
        return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), other, kind, source, resource);
    }

    /** The kind of the font beside the Latin one. */
    public Kind kind() {
        return kind;
    }

    /** The font file embedded for non-Latin text, or the Standard 14 font's name when there is none. */
    public String source() {
        return source;
    }

    /** Whether the Latin font sets this character. */
    public boolean isLatin(int codePoint) {
        return inLatin.computeIfAbsent(codePoint, cp -> !isCjk(cp) && encodes(latin, cp));
    }

    /** Han, kana, Hangul, CJK punctuation and full-width forms: never set in the Latin font. */
    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * The text as these fonts can print it: tabs and line breaks become spaces, other control characters go, and
     * characters no font has become {@link #REPLACEMENT}.
     */
    public String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                result.append(' ');
            } else if (!Character.isISOControl(cp)) {
                result.appendCodePoint(covers(cp) ? cp : REPLACEMENT);
            }
        });
        return result.toString();
    }

    public boolean covers(int codePoint) {
        return isLatin(codePoint) || inOther(codePoint);
    }

    private boolean inOther(int codePoint) {
        return other != null && inOther.computeIfAbsent(codePoint, cp -> encodes(other, cp));
    }

    private static boolean encodes(PDFont font, int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Printable text cut where the face changes. */
    List<Run> runs(String printableText, boolean bold) {
        int[] cps = printableText.codePoints().toArray();
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runLatin = true;
        for (int i = 0; i < cps.length; i++) {
            boolean useLatin = usesLatin(cps, i);
            if (useLatin != runLatin && run.length() > 0) {
                runs.add(run(run.toString(), runLatin, bold));
                run.setLength(0);
            }
            runLatin = useLatin;
            run.appendCodePoint(cps[i]);
        }
        if (run.length() > 0) {
            runs.add(run(run.toString(), runLatin, bold));
        }
        return runs;
    }

    private Run run(String text, boolean isLatin, boolean bold) {
        if (isLatin) {
            return new Run(bold ? latinBold : latin, text, false);
        }
        return new Run(other, text, bold);
    }

    /** The Latin font for Latin; the other font for the rest, and for marks that belong to text set in it. */
    private boolean usesLatin(int[] cps, int i) {
        if (!isLatin(cps[i])) {
            return !inOther(cps[i]);
        }
        if (!isNeutral(cps[i]) || !inOther(cps[i])) {
            return true;
        }
        // An opening mark belongs to what follows it, a closing one (and an ellipsis) to what precedes it.
        boolean opening = cps[i] == '\u2018' || cps[i] == '\u201c';
        int step = opening ? 1 : -1;
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (Character.isLetterOrDigit(cps[j])) {
                return isLatin(cps[j]);
            }
        }
        return true;
    }

    /** Marks that both scripts use, whose shape must follow the text around them. */
    private static boolean isNeutral(int cp) {
        return cp == '\u2018' || cp == '\u2019' || cp == '\u201c' || cp == '\u201d' || cp == '\u2026'
                || cp == '\u00b7' || cp == '\u2014';
    }

    /** The width of already printable text at a size, in the same units as the size. */
    public double width(String printableText, double size, boolean bold) {
        double width = 0;
        for (Run run : runs(printableText, bold)) {
            try {
                width += run.face().getStringWidth(run.text()) / 1000.0 * size;
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException("cannot measure text in " + source,
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
        return width;
    }

    /** The width in the regular weight. */
    public double width(String printableText, double size) {
        return width(printableText, size, false);
    }

    /** Releases the font file; call after the document is saved, since subsetting reads it while saving. */
    @Override
    public void close() throws IOException {
        if (resource != null) {
            resource.close();
        }
    }
}
