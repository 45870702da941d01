package org.coexist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.Finding;

/**
 * The entry point of headless export, for the CLI's {@code export} command and the designer. Writes atomically: a
 * temporary file next to the output is moved over it once complete, so a failed export never leaves half a file.
 */
public final class ExportService {
    private final Function<Topology, List<Finding>> findings;
    private final PngExporter png;
    private final SvgExporter svg;
    private final PdfHandoutExporter pdf;

    /**
     * @param findings validates a topology; the caller passes {@code engine::validate}
     * @param fonts    where the PDF handout looks for a font ({@link PdfFontResolver#system()} normally)
     */
    public ExportService(Catalog catalog, Function<Topology, List<Finding>> findings, PdfFontResolver fonts) {
        this(catalog, findings, fonts, HandoutTexts.ENGLISH);
    }

    /**
     * @param handoutTexts the PDF handout's fixed headings: {@link HandoutTexts#ENGLISH} for the CLI, the UI's
     *                     language in the designer
     */
    public ExportService(Catalog catalog, Function<Topology, List<Finding>> findings, PdfFontResolver fonts,
                         HandoutTexts handoutTexts) {
        this.findings = findings;
        DiagramPainter painter = new DiagramPainter(catalog, new IconLibrary(catalog));
        this.png = new PngExporter(painter);
        this.svg = new SvgExporter(painter);
        this.pdf = new PdfHandoutExporter(painter, fonts, handoutTexts);
    }

    public ExportService(Catalog catalog, Function<Topology, List<Finding>> findings) {
        this(catalog, findings, PdfFontResolver.system());
    }

    public void export(ExportRequest request) throws IOException {
        export(request.topology(), request.format(), request.phaseId(), request.scale(), request.output());
    }

    /**
     * @param phaseIdOrNull PNG and SVG: the diagram as deployed in that phase, or the whole topology when null;
     *                      PDF: the title page and that phase's page, or every phase when null
     * @param scale         above 0, at most {@link PngExporter#MAX_SCALE}; 1 or 2 usually; PDF ignores it
     * @throws IllegalArgumentException for an unknown phase id or a scale out of range, before anything is written
     */
    public void export(Topology topology, ExportFormat format, String phaseIdOrNull, double scale, Path output)
            throws IOException {
        Phase phase = phaseIdOrNull == null ? null : requirePhase(topology, phaseIdOrNull);
        if (format != ExportFormat.PDF) {
            PngExporter.checkScale(scale);
        }
        Topology shown = phase == null ? topology : topology.without(phase.hidden());
        writeAtomically(output, out -> {
            switch (format) {
                case PNG:
                    png.write(shown, findings.apply(shown), scale, out);
                    break;
                case SVG:
                    out.write(svg.toSvg(shown, findings.apply(shown), scale).getBytes(StandardCharsets.UTF_8));
                    break;
                case PDF:
                    pdf.write(topology, findings, phaseIdOrNull, out);
                    break;
                default:
                    throw new IllegalArgumentException("unknown export format " + format);
            }
        });
    }

    /**
     * The PDF handout on this paper, for the room or the trainer.
     *
     * @param phaseIdOrNull the title page and that phase's pages, or every phase when null
     * @throws IllegalArgumentException for an unknown phase id, before anything is written
     */
    public void handout(Topology topology, String phaseIdOrNull, HandoutOptions options, Path output)
            throws IOException {
        if (phaseIdOrNull != null) {
            requirePhase(topology, phaseIdOrNull);
        }
        writeAtomically(output, out -> pdf.write(topology, findings, phaseIdOrNull, options, out));
    }

    /** The phase with that id, or an IllegalArgumentException that lists the ids there are. */
    static Phase requirePhase(Topology topology, String phaseId) {
        Phase phase = topology.phase(phaseId);
        if (phase != null) {
            return phase;
        }
        String known = topology.phases().isEmpty() ? "it has no phases"
                : "its phases are " + topology.phases().stream().map(Phase::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("no phase with id \"" + phaseId + "\" in topology \"" + topology.name()
                + "\"; " + known);
    }

    /** Writes what the body produces into a temporary file next to the output, then moves it into place. */
    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path output, Body body) throws IOException {
        Path target = output.toAbsolutePath();
        Path directory = target.getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the output.
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.write(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
