package org.coexist.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Chinese on a machine without CJK fonts: the designer then uses the font bundled for the PDF handouts (a subset of
 * WenQuanYi Micro Hei with every character of the Chinese texts, see assets/fonts/README.md). Where the machine has
 * a CJK font, JavaFX's own choice is kept, since it also covers the characters users type that the subset lacks.
 */
final class CjkUiFont {
    static final String RESOURCE = "/assets/fonts/coexist-cjk-subset.ttf";
    private static final char PROBE = '\u4e2d';

    private CjkUiFont() {
    }

    /** Applies the bundled font to the window's root when the language is Chinese and the machine has no CJK font. */
    static void applyTo(Parent root, Locale locale) {
        if (isChinese(locale) && !machineHasCjkFont()) {
            useBundledFont(root);
        }
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** Whether the desktop's default font, with its fallbacks, shows Chinese (asked of AWT: JavaFX cannot tell). */
    static boolean machineHasCjkFont() {
        return new java.awt.Font(java.awt.Font.DIALOG, java.awt.Font.PLAIN, 12).canDisplay(PROBE);
    }

    /** Loads the bundled font and makes it the root's font family; returns the family, or null when it is missing. */
    static String useBundledFont(Parent root) {
        try (InputStream in = CjkUiFont.class.getResourceAsStream(RESOURCE)) {
            Font font = in == null ? null : Font.loadFont(in, Font.getDefault().getSize());
            if (font == null) {
                return null;
            }
            String style = root.getStyle() == null ? "" : root.getStyle();
            root.setStyle("-fx-font-family: \"" + font.getFamily() + "\";" + style);
            return font.getFamily();
        } catch (IOException e) {
            // Without the font the machine's own is used: Chinese may show as boxes, nothing else changes.
            return null;
        }
    }
}
