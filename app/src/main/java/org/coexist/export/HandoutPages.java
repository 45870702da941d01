package org.coexist.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.coexist.export.DiagramCanvas2D.TextStyle;
import org.coexist.export.HandoutText.TextLine;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/**
 * Lays out the handout's pages in one document: a title page and diagram pages, on the paper chosen, landscape.
 * A diagram too large to print its smallest card text at {@link DiagramTiles#SMALLEST_TEXT_PT} points continues
 * on further pages, one tile each; text that does not fit a page continues on a page headed "(continued)".
 */
final class HandoutPages {
    static final double MARGIN = 40;

    private static final TextStyle TITLE = new TextStyle(26, true, DiagramTheme.INK);
    private static final TextStyle HEADING = new TextStyle(20, true, DiagramTheme.INK);

    private final PDDocument document;
    private final PdfFont font;
    private final DiagramPainter painter;
    private final HandoutTexts texts;
    private final PDRectangle page;
    private final boolean trainer;
    private final HandoutText text;
    private final Map<String, PDImageXObject> images = new HashMap<>();

    HandoutPages(PDDocument document, PdfFont font, DiagramPainter painter, HandoutTexts texts,
                 HandoutOptions options) {
        this.document = document;
        this.font = font;
        this.painter = painter;
        this.texts = texts;
        this.page = options.paper().landscape();
        this.trainer = options.trainer();
        this.text = new HandoutText(font, page.getWidth() - 2 * MARGIN);
    }

    /** The topology's name and description and the list of phases. No date: the same file gives the same PDF. */
    void titlePage(Topology topology, List<Phase> phases) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        if (trainer) {
            lines.add(new TextLine(texts.format("handout.trainerEdition"), HandoutText.SUBHEADING, 0, 0));
        }
        String description = topology.description();
        if (description != null && !description.isBlank()) {
            lines.addAll(text.wrap(description, HandoutText.BODY, 0, trainer ? 8 : 0));
        }
        lines.add(new TextLine(texts.format("handout.counts", topology.forests().size(),
                topology.elements().size(), topology.links().size()), HandoutText.CITATION, 0, 6));
        lines.add(new TextLine(texts.format("handout.phases"), HandoutText.SUBHEADING, 0, 18));
        if (phases.isEmpty()) {
            lines.add(new TextLine(texts.format("handout.noPhases"), HandoutText.BODY, 0, 4));
        }
        for (int i = 0; i < phases.size(); i++) {
            lines.addAll(text.wrap(texts.format("handout.phaseItem", i + 1, phases.get(i).name()),
                    HandoutText.BODY, 12, 4));
        }
        String title = topology.name().isBlank() ? texts.format("handout.untitled") : topology.name();
        flow(title, TITLE, lines, 0);
    }

    /**
     * A heading, the phase's diagram framed on what is deployed in it, then the notes (and in the trainer's
     * edition the answer key) and the findings. The diagram keeps at least 55% of the first page; a diagram too
     * large for it goes on pages of its own, tile by tile, and the text follows the last tile.
     */
    void diagramPage(String heading, Topology shown, List<Finding> findings, String notes, String answerKey)
            throws IOException {
        List<TextLine> lines = new ArrayList<>();
        if (notes != null && !notes.isBlank()) {
            lines.add(new TextLine(texts.format("handout.notes"), HandoutText.SUBHEADING, 0, 0));
            lines.addAll(text.wrap(notes, HandoutText.BODY, 0, 2));
        }
        if (trainer && answerKey != null && !answerKey.isBlank()) {
            lines.add(new TextLine(texts.format("handout.answerKey"), HandoutText.SUBHEADING, 0,
                    lines.isEmpty() ? 0 : 10));
            lines.addAll(text.wrap(answerKey, HandoutText.BODY, 0, 2));
        }
        lines.add(new TextLine(findings.isEmpty() ? texts.format("handout.noFindings")
                : texts.format("handout.findings", findings.size()),
                HandoutText.SUBHEADING, 0, lines.isEmpty() ? 0 : 10));
        for (Finding finding : findings) {
            String severity = texts.format("handout.severity." + finding.severity().name());
            lines.addAll(text.wrap(severity + "  " + finding.rule() + ": " + finding.message(), HandoutText.BODY,
                    0, 6));
            lines.addAll(text.wrap(finding.source().cite(), HandoutText.CITATION, 14, 0));
        }
        Topology framed = PhaseFraming.frame(shown, findings, painter.geometry());
        double full = page.getHeight() - 2 * MARGIN - headingHeight(HEADING);
        double shared = Math.max(full * 0.55, full - HandoutText.height(lines) - 16);
        Rectangle2D area = PngExporter.area(painter.bounds(framed));
        DiagramTiles.Plan plan = DiagramTiles.plan(area, forestBoxes(framed, painter.geometry()), cardBoxes(framed, painter.geometry()),
                page.getWidth() - 2 * MARGIN, shared, full);
        int next = 0;
        for (int i = 0; i < plan.tiles().size(); i++) {
            Rectangle2D tile = plan.tiles().get(i);
            String title = plan.tiles().size() == 1 ? heading
                    : texts.format("handout.part", heading, i + 1, plan.tiles().size());
            PdfCanvas canvas = newPage(title, HEADING, false);
            double top = MARGIN + headingHeight(HEADING);
            drawTile(canvas.content(), framed, findings, tile, plan.scale(), top);
            if (i == plan.tiles().size() - 1) {
                next = drawLines(canvas, lines, 0, top + tile.getHeight() * plan.scale() + 16, false);
            }
            canvas.content().close();
        }
        continueText(heading, lines, next);
    }

    private void flow(String heading, TextStyle headingStyle, List<TextLine> lines, int from) throws IOException {
        PdfCanvas canvas = newPage(heading, headingStyle, false);
        int next = drawLines(canvas, lines, from, MARGIN + headingHeight(headingStyle), true);
        canvas.content().close();
        continueText(heading, lines, next);
    }

    /** Pages headed "(continued)" until every line is out. */
    private void continueText(String heading, List<TextLine> lines, int from) throws IOException {
        int next = from;
        while (next < lines.size()) {
            PdfCanvas canvas = newPage(heading, HEADING, true);
            next = drawLines(canvas, lines, next, MARGIN + headingHeight(HEADING), true);
            canvas.content().close();
        }
    }

    /** A new page with its heading; the caller closes the canvas's content stream. */
    private PdfCanvas newPage(String heading, TextStyle style, boolean continued) throws IOException {
        PDPage pdfPage = new PDPage(page);
        document.addPage(pdfPage);
        PDPageContentStream content = new PDPageContentStream(document, pdfPage);
        PdfCanvas canvas = new PdfCanvas(document, content, font, images,
                new Rectangle2D.Double(0, 0, page.getWidth(), page.getHeight()), 0, page.getHeight(), 1);
        String title = continued ? texts.format("handout.continued", heading) : heading;
        canvas.text(DiagramPainter.elide(title, page.getWidth() - 2 * MARGIN, style, canvas), MARGIN,
                MARGIN + style.size(), style);
        return canvas;
    }

    private static double headingHeight(TextStyle style) {
        return style.size() * 1.8;
    }

    /**
     * Draws lines from index {@code from} downwards from y; returns the index of the first line that did not fit.
     * A page that has nothing else yet takes at least one line, so a line taller than a page cannot stall.
     */
    private int drawLines(PdfCanvas canvas, List<TextLine> lines, int from, double top, boolean pageIsEmpty) {
        double y = top;
        double bottom = page.getHeight() - MARGIN;
        int i = from;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            boolean first = pageIsEmpty && i == from;
            if (y + line.height() > bottom && !first) {
                break;
            }
            y += line.spaceBefore() + line.style().size();
            canvas.text(line.text(), MARGIN + line.indent(), y, line.style());
            y += line.style().size() * (HandoutText.LEADING - 1);
            i++;
        }
        return i;
    }

    /** One tile of the diagram, centred across the page and clipped to its area. */
    private void drawTile(PDPageContentStream content, Topology framed, List<Finding> findings, Rectangle2D tile,
                          double scale, double top) throws IOException {
        double width = page.getWidth() - 2 * MARGIN;
        double left = MARGIN + Math.max(0, (width - tile.getWidth() * scale) / 2);
        double pageTop = page.getHeight() - top;
        content.saveGraphicsState();
        content.addRect((float) left, (float) (pageTop - tile.getHeight() * scale), (float) (tile.getWidth() * scale),
                (float) (tile.getHeight() * scale));
        content.clip();
        painter.paint(framed, findings, new PdfCanvas(document, content, font, images, tile, left, pageTop, scale)
                .within(tile));
        content.restoreGraphicsState();
    }

    private static List<Rectangle2D> forestBoxes(Topology topology, DiagramGeometry geometry) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Forest forest : topology.forests()) {
            boxes.add(PhaseFraming.rectangle(geometry.box(forest, topology)));
        }
        return boxes;
    }

    private static List<Rectangle2D> cardBoxes(Topology topology, DiagramGeometry geometry) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (Element element : topology.elements()) {
            boxes.add(PhaseFraming.rectangle(geometry.box(element)));
        }
        return boxes;
    }
}
