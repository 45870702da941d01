package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;

/**
 * The overview's cards, batched: one path per fill colour and per outline colour, so two thousand cards cost a
 * handful of fills. Cards too small to read become blocks in their family colour; larger ones are white with a
 * family bar and their name.
 */
final class OverviewCards {
    /** Cards at least this tall on screen (pixels) show their name. */
    static final double NAMED_CARD = 16;
    private static final double BAR = 8;
    private static final Font NAME_FONT = Font.font(org.coexist.ui.kernel.UiFont.FAMILY, FontWeight.BOLD, 9);
    private final OverviewPainter painter;
    private final OverviewLabels labels;
    private final ViewRegistry registry;

    OverviewCards(OverviewPainter painter, OverviewLabels labels, ViewRegistry registry) {
        this.painter = painter;
        this.labels = labels;
        this.registry = registry;
    }

    void paint(GraphicsContext g, List<Element> views, double zoom) {
        if (views.isEmpty()) {
            return;
        }
        boolean named = DiagramGeometry.CARD_HEIGHT * zoom >= NAMED_CARD;
        Map<Color, List<Box>> fills = new LinkedHashMap<>();
        Map<Color, List<Box>> bars = new LinkedHashMap<>();
        Map<Color, List<Box>> outlines = new LinkedHashMap<>();
        for (Element view : views) {
            Box box = registry.boxOf(view);
            Color outline = painter.outline(view.id());
            if (named) {
                add(fills, Color.WHITE, box);
                add(bars, painter.family(view), box);
            } else {
                add(fills, painter.family(view), box);
            }
            if (named || outline != OverviewPainter.CARD_BORDER) {
                add(outlines, outline, box);
            }
        }
        fills.forEach((colour, boxes) -> fill(g, colour, boxes, 0));
        bars.forEach((colour, boxes) -> fill(g, colour, boxes, BAR));
        outlines.forEach((colour, boxes) -> {
            g.setStroke(colour);
            g.setLineWidth((colour == OverviewPainter.CARD_BORDER ? 1 : 2) / zoom);
            g.beginPath();
            boxes.forEach(box -> g.rect(box.x(), box.y(), box.width(), box.height()));
            g.stroke();
        });
        if (named) {
            Color ink = OverviewPainter.INK;
            for (Element view : views) {
                Box box = registry.boxOf(view);
                labels.draw(g, view.name(), NAME_FONT, ink, box.x() + BAR + 5 / zoom,
                        box.centreY(), (box.width() - BAR) * zoom - 8, zoom);
            }
        }
    }

    /** Fills the boxes in one path; a positive width keeps only a bar of that width at their left edge. */
    private static void fill(GraphicsContext g, Color colour, List<Box> boxes, double width) {
        g.setFill(colour);
        g.beginPath();
        for (Box box : boxes) {
            g.rect(box.x(), box.y(), width > 0 ? width : box.width(), box.height());
        }
        g.fill();
    }

    private static void add(Map<Color, List<Box>> groups, Color colour, Box box) {
        groups.computeIfAbsent(colour, key -> new ArrayList<>()).add(box);
    }
}
