package org.coexist.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Names drawn in the overview at a fixed screen size, shortened with an ellipsis to the room they have. The
 * shortened texts are measured once and kept: clipping instead would cost a full-canvas mask per name in the
 * software pipeline.
 */
final class OverviewLabels {
    private static final String ELLIPSIS = "\u2026";
    private static final int MAX_KEPT = 20_000;
    private final Map<String, String> fitted = new HashMap<>();
    private final Text measure = new Text();

    /** Draws the text from (x, y) in model coordinates, vertically centred, at most {@code room} pixels wide. */
    void draw(GraphicsContext g, String text, Font font, Color colour, double x, double y, double room, double zoom) {
        String shown = fit(text, font, room);
        if (shown.isEmpty()) {
            return;
        }
        g.save();
        g.translate(x, y);
        g.scale(1 / zoom, 1 / zoom);
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(shown, 0, 0);
        g.restore();
    }

    /** The longest start of the text (with an ellipsis when cut) no wider than the room, in pixels. */
    String fit(String text, Font font, double room) {
        int width = (int) Math.floor(room);
        if (width <= 0 || text == null || text.isEmpty()) {
            return "";
        }
        if (fitted.size() > MAX_KEPT) {
            fitted.clear();
        }
        return fitted.computeIfAbsent(font.getSize() + "|" + width + "|" + text, key -> shorten(text, font, width));
    }

    private String shorten(String text, Font font, int width) {
        measure.setFont(font);
        if (width(text) <= width) {
            return text;
        }
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (width(text.substring(0, middle) + ELLIPSIS) <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? "" : text.substring(0, low) + ELLIPSIS;
    }

    /** How wide the text is drawn in the font, in pixels. */
    double width(String text, Font font) {
        measure.setFont(font);
        return width(text);
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
