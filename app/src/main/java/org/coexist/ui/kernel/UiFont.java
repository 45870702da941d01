package org.coexist.ui.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The designer's one font, Coexist Sans (regular and bold): DejaVu Sans with the Han characters of the bundles from
 * WenQuanYi Micro Hei, built by assets/fonts/make-cjk-subset.sh. Every scene's root asks for it in the stylesheet,
 * so menus, tooltips and dialogs in English, French and Chinese draw with glyphs shipped in the jar rather than
 * whatever the desktop has (a plain Linux machine shows boxes for the Chinese language item and the warning sign).
 */
public final class UiFont {
    /** The family the stylesheet's root asks for. */
    public static final String FAMILY = "Coexist Sans";
    /** The faces, regular first. */
    public static final List<String> RESOURCES = List.of(
            "/assets/fonts/coexist-sans-regular.ttf", "/assets/fonts/coexist-sans-bold.ttf");

    private UiFont() {
    }

    /**
     * Registers both faces with JavaFX. Call before the first scene is styled; loading again registers the same
     * family again, which changes nothing.
     */
    public static void load() {
        for (String resource : RESOURCES) {
            try (InputStream in = UiFont.class.getResourceAsStream(resource)) {
                if (in == null || Font.loadFont(in, Font.getDefault().getSize()) == null) {
                    throw new IllegalStateException("the designer's font " + resource + " is missing from the jar");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
    }
}
