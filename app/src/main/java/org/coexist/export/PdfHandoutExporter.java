package org.coexist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/**
 * A migration handout as PDF: a title page (name, description, the list of phases), then for each phase a landscape
 * page (A4 or Letter) with the diagram of what is deployed in that phase, framed on it and large enough to read
 * (continuing on further pages when need be), the phase's notes, in the trainer's edition its answer key, and its
 * findings with their sources. A topology without phases gets one page for the whole topology. The output carries
 * no date and a document id derived from the content, so one topology always gives the same bytes.
 */
public final class PdfHandoutExporter {
    private final DiagramPainter painter;
    private final PdfFontResolver fonts;
    private final HandoutTexts texts;

    /** A handout with English headings, as the CLI writes it. */
    public PdfHandoutExporter(DiagramPainter painter, PdfFontResolver fonts) {
        this(painter, fonts, HandoutTexts.ENGLISH);
    }

    /** A handout whose fixed headings are in the texts' language. */
    public PdfHandoutExporter(DiagramPainter painter, PdfFontResolver fonts, HandoutTexts texts) {
        this.painter = painter;
        this.fonts = fonts;
        this.texts = texts;
    }

    /**
     * @param findings      validates a topology (the caller passes {@code engine::validate}); called once per page
     *                      with the topology as deployed in that phase
     * @param phaseIdOrNull only this phase's page after the title page, or null for every phase
     * @throws IllegalArgumentException when the topology has no phase with that id
     */
    public void write(Topology topology, Function<Topology, List<Finding>> findings, String phaseIdOrNull,
                      OutputStream out) throws IOException {
        write(topology, findings, phaseIdOrNull, HandoutOptions.ROOM_A4, out);
    }

    /** As {@link #write(Topology, Function, String, OutputStream)}, on this paper and for the room or the trainer. */
    public void write(Topology topology, Function<Topology, List<Finding>> findings, String phaseIdOrNull,
                      HandoutOptions options, OutputStream out) throws IOException {
        List<Phase> phases = phaseIdOrNull == null ? topology.phases()
                : List.of(ExportService.requirePhase(topology, phaseIdOrNull));
        List<Page> content = new ArrayList<>();
        if (phases.isEmpty()) {
            content.add(new Page(topology.name(), topology, findings.apply(topology), null, null));
        }
        for (Phase phase : phases) {
            Topology shown = topology.without(phase.hidden());
            content.add(new Page(phase.name(), shown, findings.apply(shown), phase.notes(),
                    options.trainer() ? phase.answerKey() : null));
        }
        try (PDDocument document = new PDDocument()) {
            try (PdfFont font = fonts.resolve(document, textOf(topology, content) + texts.allTexts())) {
                HandoutPages pages = new HandoutPages(document, font, painter, texts, options);
                pages.titlePage(topology, phases);
                for (Page page : content) {
                    pages.diagramPage(page.title, page.shown, page.findings, page.notes, page.answerKey);
                }
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(topology.name());
                info.setSubject(topology.description());
                info.setCreator("Coexist");
                setDocumentId(document, topology, phases);
                document.save(out);
            }
        }
    }

    /**
     * One phase's pages: what is deployed, what the engine finds in it, the room's notes and the trainer's answer
     * key (each null when there is none, the key also in the room's edition).
     */
    private record Page(String title, Topology shown, List<Finding> findings, String notes, String answerKey) {
    }

    /** Every piece of the user's text the handout prints, so that the font is chosen to cover all of it. */
    private static String textOf(Topology topology, List<Page> pages) {
        StringBuilder text = new StringBuilder(topology.name()).append(topology.description());
        topology.forests().forEach(f -> text.append(f.name()));
        topology.elements().forEach(e -> text.append(e.name()));
        for (Page page : pages) {
            text.append(page.title).append(page.notes == null ? "" : page.notes)
                    .append(page.answerKey == null ? "" : page.answerKey);
            for (Finding finding : page.findings) {
                text.append(finding.message()).append(finding.source().title()).append(finding.source().quote());
            }
        }
        return text.toString();
    }

    /** Without an id PDFBox derives one from the clock; this one depends on the content only. */
    private static void setDocumentId(PDDocument document, Topology topology, List<Phase> phases) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digest.update(topology.name().getBytes(StandardCharsets.UTF_8));
        for (Phase phase : phases) {
            digest.update((byte) 0);
            digest.update(phase.id().getBytes(StandardCharsets.UTF_8));
        }
        digest.update(Integer.toString(document.getNumberOfPages()).getBytes(StandardCharsets.UTF_8));
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
