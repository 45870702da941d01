package org.coexist.export;

import java.util.ArrayList;
import java.util.List;
import org.coexist.export.DiagramCanvas2D.TextStyle;

/**
 * Sets an element's name on its card: on one line at full size if it fits, else on two lines broken after a
 * hyphen, dot, underscore or space (server names are hyphenated ids like "pool13-shares-user-store"), at a
 * slightly smaller size if need be. Only a name too long for two lines at the smallest size is shortened.
 */
final class NameLines {
    /** The sizes tried, largest first; the last is the smallest text on a card (as large as a version badge). */
    private static final double[] SIZES = {12, 11, 10};
    static final double SMALLEST = SIZES[SIZES.length - 1];

    /** The lines and the size they are set in. */
    record Setting(List<String> lines, double size) {
    }

    private NameLines() {
    }

    static Setting set(String name, double width, boolean bold, DiagramCanvas2D canvas) {
        if (fits(name, width, SIZES[0], bold, canvas)) {
            return new Setting(List.of(name), SIZES[0]);
        }
        for (double size : SIZES) {
            List<String> lines = twoLines(name, width, size, bold, canvas);
            if (lines != null) {
                return new Setting(lines, size);
            }
        }
        TextStyle style = new TextStyle(SMALLEST, bold, DiagramTheme.INK);
        String first = firstLine(name, width, SMALLEST, bold, canvas);
        String rest = name.substring(first.length());
        return new Setting(List.of(first, DiagramPainter.elide(rest, width, style, canvas)), SMALLEST);
    }

    /** The name on two lines that fit, or null when it needs more. */
    private static List<String> twoLines(String name, double width, double size, boolean bold,
                                         DiagramCanvas2D canvas) {
        String first = firstLine(name, width, size, bold, canvas);
        String rest = name.substring(first.length());
        if (first.isEmpty() || !fits(rest, width, size, bold, canvas)) {
            return null;
        }
        List<String> lines = new ArrayList<>(List.of(first.stripTrailing()));
        if (!rest.isBlank()) {
            lines.add(rest.strip());
        }
        return lines;
    }

    /** The longest start of the name that fits, ending after a break character if one does, else anywhere. */
    private static String firstLine(String name, double width, double size, boolean bold, DiagramCanvas2D canvas) {
        int[] cps = name.codePoints().toArray();
        int fitting = 0;
        int atBreak = 0;
        for (int i = 1; i <= cps.length; i++) {
            if (!fits(new String(cps, 0, i), width, size, bold, canvas)) {
                break;
            }
            fitting = i;
            if (i < cps.length && isBreakAfter(cps[i - 1], cps[i])) {
                atBreak = i;
            }
        }
        int end = atBreak > 0 ? atBreak : fitting;
        return new String(cps, 0, end);
    }

    private static boolean isBreakAfter(int cp, int next) {
        return cp == '-' || cp == '.' || cp == '_' || cp == ' ' || cp == '/'
                || Character.isIdeographic(cp) || Character.isIdeographic(next);
    }

    private static boolean fits(String text, double width, double size, boolean bold, DiagramCanvas2D canvas) {
        return canvas.textWidth(text, new TextStyle(size, bold, DiagramTheme.INK)) <= width;
    }
}
