package org.coexist.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The one font a handout is set in, with what it cannot show replaced. Either a TrueType font found on the
 * machine and embedded (as a subset) or, when there is none, the standard Helvetica every PDF reader has, which
 * only covers Windows-1252: then other characters (Chinese, Japanese, ...) print as {@link #REPLACEMENT}.
 */
public final class PdfFont implements Closeable {
    public static final char REPLACEMENT = '?';

    /** Where the font came from; STANDARD_14 is the explicit fallback. */
    public enum Kind {
        /** An embedded TrueType font that covers Latin and CJK text. */
        EMBEDDED_CJK,
        /** An embedded TrueType font that covers Latin text but not CJK. */
        EMBEDDED_LATIN,
        /** No usable font file: PDF Standard 14 Helvetica, WinAnsi characters only. */
        STANDARD_14
    }

    private final PDFont font;
    private final Kind kind;
    private final String source;
    private final Closeable resource;
    private final Map<Integer, Boolean> covered = new HashMap<>();

    PdfFont(PDFont font, Kind kind, String source, Closeable resource) {
        this.font = font;
        this.kind = kind;
        this.source = source;
        this.resource = resource;
    }

    public Kind kind() {
        return kind;
    }

    /** The font file embedded, or the Standard 14 font's name. */
    public String source() {
        return source;
    }

    PDFont pdfFont() {
        return font;
    }

    /**
     * The text as this font can print it: tabs and line breaks become spaces, other control characters go, and
     * characters without a glyph become {@link #REPLACEMENT}.
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
        return covered.computeIfAbsent(codePoint, this::tryEncode);
    }

    private boolean tryEncode(int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The width of already printable text at a size, in the same units as the size. */
    public double width(String printableText, double size) {
        try {
            return font.getStringWidth(printableText) / 1000.0 * size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in " + source, e);
        }
    }

    /** Releases the font file; call after the document is saved, since subsetting reads it while saving. */
    @Override
    public void close() throws IOException {
        if (resource != null) {
            resource.close();
        }
    }
}
