package org.coexist.export;

import java.util.ArrayList;
import java.util.List;
import org.coexist.export.DiagramCanvas2D.TextStyle;

/** The handout's running text: its styles, and paragraphs wrapped into lines that fit the page's width. */
final class HandoutText {
    static final TextStyle SUBHEADING = new TextStyle(13, true, DiagramTheme.INK);
    static final TextStyle BODY = new TextStyle(10.5, false, DiagramTheme.INK);
    static final TextStyle CITATION = new TextStyle(8.5, false, DiagramTheme.MUTED_INK);
    static final double LEADING = 1.35;

    /** One line of running text: what, in which style, how far indented, and the space above it. */
    record TextLine(String text, TextStyle style, double indent, double spaceBefore) {
        double height() {
            return spaceBefore + style.size() * LEADING;
        }
    }

    private final PdfFont font;
    private final double width;

    HandoutText(PdfFont font, double width) {
        this.font = font;
        this.width = width;
    }

    static double height(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::height).sum();
    }

    /**
     * Splits text into lines that fit the width less the indent: at spaces, or anywhere in a word too long (CJK
     * text); the first line has the space before.
     */
    List<TextLine> wrap(String text, TextStyle style, double indent, double spaceBefore) {
        double room = width - indent;
        List<TextLine> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fits(candidate, style, room)) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(new TextLine(line.toString(), style, indent, 0));
                    line.setLength(0);
                }
                word.codePoints().forEach(cp -> {
                    if (line.length() > 0 && !fits(line + new String(Character.toChars(cp)), style, room)) {
                        lines.add(new TextLine(line.toString(), style, indent, 0));
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                });
            }
            lines.add(new TextLine(line.toString(), style, indent, 0));
        }
        lines.set(0, new TextLine(lines.get(0).text(), style, indent, spaceBefore));
        return lines;
    }

    private boolean fits(String text, TextStyle style, double room) {
        return font.width(font.printable(text), style.size(), style.bold()) <= room;
    }
}
