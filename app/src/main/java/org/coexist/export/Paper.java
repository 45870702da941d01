package org.coexist.export;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a handout is printed on, in landscape: diagrams are wider than tall. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle portrait;

    Paper(PDRectangle portrait) {
        this.portrait = portrait;
    }

    PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }

    /** "a4" or "letter", as the command line spells it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The paper for "a4" or "letter" (any case). */
    public static Paper ofKey(String key) {
        for (Paper paper : values()) {
            if (paper.key().equalsIgnoreCase(key.trim())) {
                return paper;
            }
        }
        throw new IllegalArgumentException("unknown paper \"" + key + "\"; expected a4 or letter");
    }
}
