package org.coexist.export;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How a diagram is laid on paper: one scale for all of it, and the canvas areas that go on successive pages. The
 * scale is as large as fits, up to {@link #MAX_SCALE}, and never below {@link #MIN_SCALE}, at which the smallest
 * card text ({@link NameLines#SMALLEST} canvas units: version badges, link labels, a long name) prints at
 * {@link #SMALLEST_TEXT_PT} points. A diagram too large for one page at that scale is cut into tiles, preferably
 * in the gaps between forests, else between cards, so that a card is seldom split between two pages.
 */
final class DiagramTiles {
    /** A small diagram is enlarged up to this factor, no more: cards stay card-sized. */
    static final double MAX_SCALE = 1.5;
    /** The smallest text on a card, in points on paper. */
    static final double SMALLEST_TEXT_PT = 7;
    static final double MIN_SCALE = SMALLEST_TEXT_PT / NameLines.SMALLEST;
    /** Room left before a forest or card where a cut is made. */
    private static final double CUT_GAP = 8;
    /** How finely the scale of a tiled diagram is sought. */
    private static final double SCALE_STEP = 0.01;

    /** The scale (points per canvas unit) and the tiles in reading order: rows from the top, left to right. */
    record Plan(double scale, List<Rectangle2D> tiles) {
    }

    private DiagramTiles() {
    }

    /**
     * @param area        what the diagram covers, margin included
     * @param forests     the forests' boxes: cuts go between them where they can
     * @param cards       the boxes of elements: cuts avoid them where they can, and tiles without any are dropped
     * @param width       the width of a page's diagram area, in points
     * @param shared      the height the diagram may take on a page that also has the phase's text
     * @param full        the height of a page's diagram area with nothing else on it
     */
    static Plan plan(Rectangle2D area, List<Rectangle2D> forests, List<Rectangle2D> cards, double width,
                     double shared, double full) {
        double fitShared = Math.min(MAX_SCALE, Math.min(width / area.getWidth(), shared / area.getHeight()));
        if (fitShared >= MIN_SCALE) {
            return new Plan(fitShared, List.of(area));
        }
        double fitFull = Math.min(MAX_SCALE, Math.min(width / area.getWidth(), full / area.getHeight()));
        if (fitFull >= MIN_SCALE) {
            return new Plan(fitFull, List.of(area));
        }
        // The best cut at the smallest scale (fewest pages, fewest forests and cards split); then the largest
        // scale that cuts as well.
        Tiling best = tiling(area, forests, cards, width, full, MIN_SCALE);
        int columns = (int) Math.ceil(area.getWidth() * MIN_SCALE / width);
        int rows = (int) Math.ceil(area.getHeight() * MIN_SCALE / full);
        double largest = Math.min(MAX_SCALE, Math.min(columns * width / area.getWidth(),
                rows * full / area.getHeight()));
        for (double scale = largest; scale > MIN_SCALE; scale -= SCALE_STEP) {
            Tiling tiling = tiling(area, forests, cards, width, full, scale);
            if (tiling.cost() <= best.cost()) {
                return new Plan(scale, tiling.tiles());
            }
        }
        return new Plan(MIN_SCALE, best.tiles());
    }

    /** Tiles, and how bad the cuts are: pages first, then forests split, then cards split. */
    private record Tiling(List<Rectangle2D> tiles, int splitForests, int splitCards) {
        long cost() {
            return tiles.size() * 1_000_000L + splitCards * 1_000L + splitForests;
        }
    }

    private static Tiling tiling(Rectangle2D area, List<Rectangle2D> forests, List<Rectangle2D> cards,
                                 double width, double full, double scale) {
        List<double[]> xs = cuts(area.getMinX(), area.getMaxX(), width / scale, spans(forests, true),
                spans(cards, true));
        List<double[]> ys = cuts(area.getMinY(), area.getMaxY(), full / scale, spans(forests, false),
                spans(cards, false));
        List<Rectangle2D> tiles = new ArrayList<>();
        for (double[] y : ys) {
            for (double[] x : xs) {
                Rectangle2D tile = new Rectangle2D.Double(x[0], y[0], x[1] - x[0], y[1] - y[0]);
                if (cards.stream().anyMatch(tile::intersects)) {
                    tiles.add(tile);
                }
            }
        }
        int splitForests = split(xs, spans(forests, true)) + split(ys, spans(forests, false));
        int splitCards = split(xs, spans(cards, true)) + split(ys, spans(cards, false));
        return new Tiling(tiles.isEmpty() ? List.of(area) : tiles, splitForests, splitCards);
    }

    /** How many spans the inner edges of the ranges pass through. */
    private static int split(List<double[]> ranges, List<double[]> spans) {
        int split = 0;
        for (int i = 0; i + 1 < ranges.size(); i++) {
            double cut = ranges.get(i)[1];
            split += (int) spans.stream().filter(s -> s[0] < cut && cut < s[1]).count();
        }
        return split;
    }

    private static List<double[]> spans(List<Rectangle2D> boxes, boolean horizontal) {
        return boxes.stream().map(b -> horizontal ? new double[] {b.getMinX(), b.getMaxX()}
                : new double[] {b.getMinY(), b.getMaxY()}).toList();
    }

    /** The ranges [from, to] of at most {@code length} each that cover start to end, cut in gaps where possible. */
    static List<double[]> cuts(double start, double end, double length, List<double[]> soft, List<double[]> hard) {
        List<double[]> ranges = new ArrayList<>();
        double from = start;
        while (end - from > length) {
            double lowest = from + length / 2;
            double highest = from + length;
            List<double[]> both = new ArrayList<>(soft);
            both.addAll(hard);
            double cut = latestFree(lowest, highest, both);
            if (Double.isNaN(cut)) {
                cut = latestFree(lowest, highest, hard);
            }
            if (Double.isNaN(cut)) {
                cut = highest;
            }
            ranges.add(new double[] {from, cut});
            from = cut;
        }
        ranges.add(new double[] {from, end});
        return ranges;
    }

    /** The largest position in [lowest, highest] inside none of the spans, a little before the next one; or NaN. */
    private static double latestFree(double lowest, double highest, List<double[]> spans) {
        List<Double> candidates = new ArrayList<>(List.of(highest));
        for (double[] span : spans) {
            candidates.add(span[0] - CUT_GAP);
        }
        double best = Double.NaN;
        for (double candidate : candidates) {
            if (candidate < lowest || candidate > highest || (!Double.isNaN(best) && candidate <= best)) {
                continue;
            }
            boolean free = spans.stream().noneMatch(s -> s[0] < candidate && candidate < s[1]);
            if (free) {
                best = candidate;
            }
        }
        return best;
    }
}
