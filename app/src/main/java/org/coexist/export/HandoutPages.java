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
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/**
 * Lays out the handout's pages in one document: a title page and diagram pages. Text that does not fit a page
 * continues on a page headed "(continued)" rather than being cut.
 */
final class HandoutPages {
    /** A4 landscape. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final double MARGIN = 40;
    /** A small diagram is enlarged up to this factor, no more: cards stay card-sized. */
    static final double MAX_DIAGRAM_SCALE = 1.5;

    private static final TextStyle TITLE = new TextStyle(26, true, DiagramTheme.INK);
    private static final TextStyle HEADING = new TextStyle(20, true, DiagramTheme.INK);
    private static final TextStyle SUBHEADING = new TextStyle(13, true, DiagramTheme.INK);
    private static final TextStyle BODY = new TextStyle(10.5, false, DiagramTheme.INK);
    private static final TextStyle CITATION = new TextStyle(8.5, false, DiagramTheme.MUTED_INK);
    private static final double LEADING = 1.35;

    private final PDDocument document;
    private final PdfFont font;
    private final DiagramPainter painter;
    private final HandoutTexts texts;
    private final Map<String, PDImageXObject> images = new HashMap<>();

    HandoutPages(PDDocument document, PdfFont font, DiagramPainter painter, HandoutTexts texts) {
        this.document = document;
        this.font = font;
        this.painter = painter;
        this.texts = texts;
    }

    /** One line of running text: what, in which style, how far indented, and the space above it. */
    private record TextLine(String text, TextStyle style, double indent, double spaceBefore) {
        double height() {
            return spaceBefore + style.size() * LEADING;
        }
    }

    /** The topology's name and description and the list of phases. No date: the same file gives the same PDF. */
    void titlePage(Topology topology, List<Phase> phases) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        String description = topology.description();
        if (description != null && !description.isBlank()) {
            lines.addAll(wrap(description, BODY, 0, 0));
        }
        lines.add(new TextLine(texts.format("handout.counts", topology.forests().size(),
                topology.elements().size(), topology.links().size()), CITATION, 0, 6));
        lines.add(new TextLine(texts.format("handout.phases"), SUBHEADING, 0, 18));
        if (phases.isEmpty()) {
            lines.add(new TextLine(texts.format("handout.noPhases"), BODY, 0, 4));
        }
        for (int i = 0; i < phases.size(); i++) {
            List<TextLine> item = wrap(texts.format("handout.phaseItem", i + 1, phases.get(i).name()), BODY, 12, 0);
            item.set(0, new TextLine(item.get(0).text(), BODY, 12, 4));
            lines.addAll(item);
        }
        flow(topology.name().isBlank() ? texts.format("handout.untitled") : topology.name(), TITLE, lines, 0);
    }

    /**
     * A heading, the diagram scaled to fit, then the notes and the findings. The diagram keeps at least
     * {@code 55%} of the page; text that does not fit below it continues on further pages.
     */
    void diagramPage(String heading, Topology shown, List<Finding> findings, String notes) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        if (notes != null && !notes.isBlank()) {
            lines.add(new TextLine(texts.format("handout.notes"), SUBHEADING, 0, 0));
            lines.addAll(wrap(notes, BODY, 0, 2));
        }
        lines.add(new TextLine(findings.isEmpty() ? texts.format("handout.noFindings")
                : texts.format("handout.findings", findings.size()),
                SUBHEADING, 0, lines.isEmpty() ? 0 : 10));
        for (Finding finding : findings) {
            String severity = texts.format("handout.severity." + finding.severity().name());
            List<TextLine> message = wrap(severity + "  " + finding.rule() + ": " + finding.message(), BODY, 0, 0);
            message.set(0, new TextLine(message.get(0).text(), BODY, 0, 6));
            lines.addAll(message);
            lines.addAll(wrap(finding.source().cite(), CITATION, 14, 0));
        }
        double contentHeight = PAGE.getHeight() - 2 * MARGIN - headingHeight(HEADING);
        double textHeight = lines.stream().mapToDouble(TextLine::height).sum();
        double diagramHeight = Math.max(contentHeight * 0.55, contentHeight - textHeight - 16);
        flow(heading, HEADING, lines, diagramHeight, shown, findings);
    }

    private void flow(String heading, TextStyle headingStyle, List<TextLine> lines, double diagramHeight)
            throws IOException {
        flow(heading, headingStyle, lines, diagramHeight, null, List.of());
    }

    private void flow(String heading, TextStyle headingStyle, List<TextLine> lines, double diagramHeight,
                      Topology diagram, List<Finding> findings) throws IOException {
        int next = 0;
        boolean first = true;
        do {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfCanvas canvas = new PdfCanvas(document, content, font, images,
                        new Rectangle2D.Double(0, 0, PAGE.getWidth(), PAGE.getHeight()), 0, PAGE.getHeight(), 1);
                String title = first ? heading : texts.format("handout.continued", heading);
                double width = PAGE.getWidth() - 2 * MARGIN;
                canvas.text(DiagramPainter.elide(title, width, headingStyle, canvas), MARGIN,
                        MARGIN + headingStyle.size(), headingStyle);
                double y = MARGIN + headingHeight(headingStyle);
                if (first && diagram != null) {
                    drawDiagram(content, diagram, findings, y, diagramHeight);
                    y += diagramHeight + 16;
                }
                next = drawLines(canvas, lines, next, y);
            }
            first = false;
        } while (next < lines.size());
    }

    private static double headingHeight(TextStyle style) {
        return style.size() * 1.8;
    }

    /** Draws lines from index {@code from} downwards from y; returns the index of the first line that did not fit. */
    private static int drawLines(PdfCanvas canvas, List<TextLine> lines, int from, double top) {
        double y = top;
        double bottom = PAGE.getHeight() - MARGIN;
        int i = from;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            boolean pageIsEmpty = i == from;
            if (y + line.height() > bottom && !pageIsEmpty) {
                break;
            }
            y += line.spaceBefore() + line.style().size();
            canvas.text(line.text(), MARGIN + line.indent(), y, line.style());
            y += line.style().size() * (LEADING - 1);
            i++;
        }
        return i;
    }

    private void drawDiagram(PDPageContentStream content, Topology shown, List<Finding> findings, double top,
                             double height) {
        Rectangle2D area = PngExporter.area(painter.bounds(shown));
        double width = PAGE.getWidth() - 2 * MARGIN;
        double scale = Math.min(MAX_DIAGRAM_SCALE, Math.min(width / area.getWidth(), height / area.getHeight()));
        double left = MARGIN + (width - area.getWidth() * scale) / 2;
        double pageTop = PAGE.getHeight() - top;
        painter.paint(shown, findings, new PdfCanvas(document, content, font, images, area, left, pageTop, scale));
    }

    /** Splits text into lines that fit the page width: at spaces, or anywhere in a word too long (CJK text). */
    private List<TextLine> wrap(String text, TextStyle style, double indent, double spaceBefore) {
        double width = PAGE.getWidth() - 2 * MARGIN - indent;
        List<TextLine> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fits(candidate, style, width)) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(new TextLine(line.toString(), style, indent, 0));
                    line.setLength(0);
                }
                word.codePoints().forEach(cp -> {
                    if (line.length() > 0 && !fits(line.toString() + new String(Character.toChars(cp)), style, width)) {
                        lines.add(new TextLine(line.toString(), style, indent, 0));
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                });
            }
            lines.add(new TextLine(line.toString(), style, indent, 0));
        }
        lines.set(0, new TextLine(lines.get(0).text(), style, indent, spaceBefore));
        return lines;
    }

    private boolean fits(String text, TextStyle style, double width) {
        return font.width(font.printable(text), style.size()) <= width;
    }
}
