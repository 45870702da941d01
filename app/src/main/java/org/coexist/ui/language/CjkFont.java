package org.coexist.ui.language;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The bundled font with the Chinese characters the designer shows, so that Chinese reads on a machine without a
 * CJK font. Loaded on first use, once per session.
 */
public final class CjkFont {
    public static final String RESOURCE = "/assets/fonts/coexist-cjk-subset.ttf";
    private String family;
    private boolean tried;

    /** The family name to give {@code -fx-font-family}, or null when the font is not bundled or unreadable. */
    public String family() {
        if (!tried) {
            tried = true;
            family = load();
        }
        return family;
    }

    private static String load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Font font = Font.loadFont(in, 13);
            return font == null ? null : font.getFamily();
        } catch (IOException e) {
            System.getLogger(CjkFont.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot read the bundled CJK font", e);
            return null;
        }
    }

    /** The inline style that puts the root (and so every text under it) in this font; empty when none. */
    public String rootStyle() {
        String name = family();
        return name == null ? "" : "-fx-font-family: \"" + name + "\";";
    }
}
