package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.coexist.export.DiagramTheme;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.geometry.Segment;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.DesignerContext;

/**
 * Draws the overview: forests as rounded panels with their names, pools as outlined boxes, cards as small blocks
 * in their family colour, links as thin lines batched into one path per colour. Errors and warnings colour the
 * outline of their subjects, the selection is outlined in the accent colour, ghosts are faint. Colours are
 * constants shared with the stylesheet and the export theme, so painting never looks up CSS.
 */
final class OverviewPainter {
    /** Height in screen pixels of a forest's name tag, and its distance from the forest's corner. */
    static final double NAME_HEIGHT = 20;
    static final double NAME_INSET = 5;
    /** How far, in screen pixels, a stroke or outline may reach beyond the box it is drawn around. */
    static final double STROKE_REACH = 3;
    static final Color ERROR = Color.web(DiagramTheme.ERROR);
    static final Color WARNING = Color.web(DiagramTheme.WARNING);
    static final Color SELECTED = Color.web("#0969da");
    static final Color CARD_BORDER = Color.web("#c9d1d9");
    static final Color FOREST_BORDER = Color.web("#b6c0cb");
    static final Color LINK = Color.web("#8c959f");
    private static final Color PAPER = Color.web(GridTile.PAPER);
    private static final Color FOREST_FILL = Color.web("#f6f8fa");
    private static final Color NAME_TAG = Color.rgb(255, 255, 255, 0.92);
    static final Color INK = Color.web(DiagramTheme.INK);
    private final DesignerContext context;
    private final ViewRegistry registry;
    private final DiagramGeometry geometry;
    private final Map<ElementType, Color> familyByType = new HashMap<>();
    private static final Font FOREST_FONT = Font.font(org.coexist.ui.kernel.UiFont.FAMILY, FontWeight.BOLD, 12);
    private static final Font POOL_FONT = Font.font(org.coexist.ui.kernel.UiFont.FAMILY, FontWeight.BOLD, 10);
    private final OverviewLabels labels = new OverviewLabels();
    private final OverviewCards cards;
    private LiveValidation validation;

    OverviewPainter(DesignerContext context, ViewRegistry registry, DiagramGeometry geometry) {
        this.context = context;
        this.registry = registry;
        this.geometry = geometry;
        this.cards = new OverviewCards(this, labels, registry);
    }

    void setValidation(LiveValidation newValidation) {
        validation = newValidation;
    }

    /** The outline colour of a forest, element or link: the worst finding, else the selection, else the default. */
    Color outline(String id) {
        Severity worst = validation == null ? null : validation.worstSeverity(id);
        if (worst == Severity.ERROR) {
            return ERROR;
        }
        if (worst == Severity.WARNING) {
            return WARNING;
        }
        if (context.selection().contains(id)) {
            return SELECTED;
        }
        Topology topology = registry.topology();
        if (topology != null && topology.link(id) != null) {
            return LINK;
        }
        return topology != null && topology.forest(id) != null ? FOREST_BORDER : CARD_BORDER;
    }

    /** What the paint of this area (model coordinates) will draw, for the tiles it covers. */
    OverviewSketch sketch(Box area) {
        return OverviewSketch.of(registry.topology(), registry, geometry, area);
    }

    /**
     * Paints one tile of the overview: the tile's pixel (0, 0) lies at pixel (tileX, tileY) of the visible area,
     * whose model top-left corner is {@code origin}. With a clip (pixels of the tile) only that rectangle is
     * repainted, a clip the renderer applies cheaply since it is a whole-pixel rectangle; everything that reaches it
     * is drawn again in the same order, so the result is the same as a whole repaint.
     */
    void paintTile(GraphicsContext g, OverviewSketch sketch, Box origin, double zoom, double tileX, double tileY,
                   Box clip) {
        Canvas tile = g.getCanvas();
        Box pixels = clip != null ? clip : new Box(0, 0, tile.getWidth(), tile.getHeight());
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        if (clip != null) {
            g.beginPath();
            g.rect(clip.x(), clip.y(), clip.width(), clip.height());
            g.clip();
        }
        g.setFill(PAPER);
        g.fillRect(pixels.x(), pixels.y(), pixels.width(), pixels.height());
        Box region = new Box(origin.x() + (tileX + pixels.x()) / zoom, origin.y() + (tileY + pixels.y()) / zoom,
                pixels.width() / zoom, pixels.height() / zoom).grown(STROKE_REACH / zoom);
        g.setTransform(zoom, 0, 0, zoom, -origin.x() * zoom - tileX, -origin.y() * zoom - tileY);
        paintWithin(g, sketch, zoom, region);
        g.restore();
    }

    /** Paints what of the sketch meets the region (model coordinates); the transform is set. */
    private void paintWithin(GraphicsContext g, OverviewSketch sketch, double zoom, Box region) {
        for (OverviewSketch.Shape<Forest> forest : sketch.forests) {
            if (begin(g, forest.model().id(), forest.box(), region)) {
                paintForest(g, forest.model().id(), forest.box(), zoom);
            }
        }
        List<Element> ghosts = new ArrayList<>();
        List<Element> present = new ArrayList<>();
        for (OverviewSketch.Shape<Element> pool : sketch.pools) {
            if (begin(g, pool.model().id(), pool.box(), region)) {
                paintPool(g, pool.model(), pool.box(), zoom);
            }
        }
        for (OverviewSketch.Shape<Element> card : sketch.cards) {
            if (card.box().intersects(region)) {
                if (context.scope().isShown(card.model().id())) {
                    present.add(card.model());
                } else if (context.scope().showGhostsProperty().get()) {
                    ghosts.add(card.model());
                }
            }
        }
        paintLinks(g, sketch, region, zoom);
        g.setGlobalAlpha(PhaseVisibility.GHOST_OPACITY);
        cards.paint(g, ghosts, zoom);
        g.setGlobalAlpha(1);
        cards.paint(g, present, zoom);
        for (OverviewSketch.Shape<Forest> forest : sketch.forests) {
            if (begin(g, forest.model().id(), forest.box(), region)) {
                paintForestName(g, forest.model(), forest.box(), zoom);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Sets the alpha for the id's presence; false when it is hidden or out of sight and need not be drawn. */
    private boolean begin(GraphicsContext g, String id, Box box, Box visible) {
        if (!box.intersects(visible)) {
            return false;
        }
        if (context.scope().isShown(id)) {
            g.setGlobalAlpha(1);
            return true;
        }
        g.setGlobalAlpha(PhaseVisibility.GHOST_OPACITY);
        return context.scope().showGhostsProperty().get();
    }

    private void paintForest(GraphicsContext g, String id, Box box, double zoom) {
        double radius = Math.max(12, 6 / zoom);
        g.setFill(FOREST_FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), radius, radius);
        Color outline = outline(id);
        g.setStroke(outline);
        g.setLineWidth((outline == FOREST_BORDER ? 1.2 : 2.2) / zoom);
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), radius, radius);
    }

    /**
     * The forest's name on a tag at its top-left corner, drawn over cards and links so it stays readable; its
     * outline says the forest's worst finding or selection like the panel's.
     */
    private void paintForestName(GraphicsContext g, Forest view, Box box, double zoom) {
        double inset = NAME_INSET / zoom;
        String name = labels.fit(view.name(), FOREST_FONT, box.width() * zoom - 2 * NAME_INSET - 16);
        if (name.isEmpty()) {
            return;
        }
        double width = (labels.width(name, FOREST_FONT) + 16) / zoom;
        double height = NAME_HEIGHT / zoom;
        double x = box.x() + inset;
        double y = box.y() + inset;
        g.setFill(NAME_TAG);
        g.fillRoundRect(x, y, width, height, height, height);
        Color outline = outline(view.id());
        g.setStroke(outline);
        g.setLineWidth((outline == FOREST_BORDER ? 1 : 1.8) / zoom);
        g.strokeRoundRect(x, y, width, height, height, height);
        labels.draw(g, name, FOREST_FONT, INK, x + 8 / zoom, y + height / 2, Double.MAX_VALUE, zoom);
    }

    private void paintPool(GraphicsContext g, Element view, Box box, double zoom) {
        Color family = family(view);
        g.setFill(family.interpolate(Color.WHITE, 0.9));
        g.fillRect(box.x(), box.y(), box.width(), box.height());
        double band = Math.min(box.height(), DiagramGeometry.POOL_HEADER);
        g.setFill(family.interpolate(Color.WHITE, 0.45));
        g.fillRect(box.x(), box.y(), box.width(), band);
        outline(g, view.id(), box, zoom);
        if (band * zoom >= OverviewCards.NAMED_CARD) {
            labels.draw(g, view.name(), POOL_FONT, INK, box.x() + 6 / zoom, box.y() + band / 2,
                    box.width() * zoom - 12, zoom);
        }
    }

    void outline(GraphicsContext g, String id, Box box, double zoom) {
        Color outline = outline(id);
        g.setStroke(outline);
        g.setLineWidth((outline == CARD_BORDER ? 1 : 2) / zoom);
        g.strokeRect(box.x(), box.y(), box.width(), box.height());
    }

    /** All links in one path per colour: thousands of strokes cost as much as a few. */
    private void paintLinks(GraphicsContext g, OverviewSketch sketch, Box region, double zoom) {
        Map<Color, List<Segment>> shown = new HashMap<>();
        List<Segment> ghosts = new ArrayList<>();
        boolean showGhosts = context.scope().showGhostsProperty().get();
        for (OverviewSketch.Line line : sketch.links) {
            Link link = line.link();
            boolean present = context.scope().isShown(link.id());
            if (!present && !showGhosts) {
                continue;
            }
            Segment ends = line.segment();
            if (!ends.meets(region)) {
                continue;
            }
            if (present) {
                shown.computeIfAbsent(outline(link.id()), colour -> new ArrayList<>()).add(ends);
            } else {
                ghosts.add(ends);
            }
        }
        g.setGlobalAlpha(PhaseVisibility.GHOST_OPACITY);
        stroke(g, ghosts, LINK, 1 / zoom);
        g.setGlobalAlpha(0.75);
        stroke(g, shown.getOrDefault(LINK, List.of()), LINK, 1 / zoom);
        g.setGlobalAlpha(1);
        stroke(g, shown.getOrDefault(SELECTED, List.of()), SELECTED, 2 / zoom);
        stroke(g, shown.getOrDefault(WARNING, List.of()), WARNING, 1.6 / zoom);
        stroke(g, shown.getOrDefault(ERROR, List.of()), ERROR, 1.6 / zoom);
    }

    private static void stroke(GraphicsContext g, List<Segment> segments, Color colour, double width) {
        if (segments.isEmpty()) {
            return;
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        for (Segment ends : segments) {
            g.moveTo(ends.x1(), ends.y1());
            g.lineTo(ends.x2(), ends.y2());
        }
        g.stroke();
    }

    Color family(Element element) {
        return familyByType.computeIfAbsent(element.type(),
                key -> Color.web(DiagramTheme.familyHex(context.catalog().spec(key).palette())));
    }
}
