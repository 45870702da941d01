package org.coexist.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import org.coexist.export.ExportFormat;
import org.coexist.export.ExportService;
import org.coexist.export.HandoutOptions;
import org.coexist.export.HandoutTexts;
import org.coexist.export.PdfFontResolver;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.Notices;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.actions.DesignerAction;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.dialogs.PngChoice;

/**
 * File > Export: the diagram as PNG or SVG (the phase shown, or the whole design) and the handout as PDF (always
 * every phase, on A4 or Letter, for the room or the trainer). The visible view is a snapshot of the canvas; everything
 * else comes from the headless exporter, so the designer and the CLI write the same files. A note then says where
 * the file went, with its folder to open.
 */
public final class ExportActions {
    private final DesignerContext context;
    private final CanvasControls canvas;
    private final Dialogs dialogs;
    private final Notices notices;
    private final DesignerAction png;
    private final DesignerAction svg;
    private final DesignerAction pdf;
    private ExportService service;

    public ExportActions(DesignerContext context, CanvasControls canvas, Dialogs dialogs, Notices notices) {
        this.context = context;
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.notices = notices;
        Texts texts = context.texts();
        png = DesignerAction.of("exportPng", texts.get("action.exportPng"), this::exportPng);
        svg = DesignerAction.of("exportSvg", texts.get("action.exportSvg"), () -> export(ExportFormat.SVG));
        pdf = DesignerAction.of("exportPdf", texts.get("action.exportPdf"), this::exportHandout);
    }

    /** The Export submenu of the File menu. */
    public Menu menu() {
        Menu menu = new Menu(context.texts().get("menu.export"));
        menu.setId("menu-export");
        menu.getItems().addAll(png.menuItem(), svg.menuItem(), pdf.menuItem());
        return menu;
    }

    public void exportPng() {
        PngChoice choice = dialogs.askPngOptions();
        if (choice == null) {
            return;
        }
        Path file = dialogs.chooseExportFile(ExportFormat.PNG, suggestedName(true), directory());
        if (file == null) {
            return;
        }
        if (choice.wholeDiagram()) {
            write(ExportFormat.PNG, choice.scale(), file);
            return;
        }
        try {
            ViewSnapshot.write(ViewSnapshot.take(visibleView(), choice.scale()), file);
            notices.exported(file);
        } catch (IOException | RuntimeException e) {
            failed(file, e);
        }
    }

    /** SVG of the phase shown, or the PDF handout. */
    public void export(ExportFormat format) {
        if (format == ExportFormat.PDF) {
            exportHandout();
            return;
        }
        Path file = dialogs.chooseExportFile(format, suggestedName(true), directory());
        if (file != null) {
            write(format, 1, file);
        }
    }

    /** The handout of every phase (the whole migration), on the paper and in the edition the user chooses. */
    public void exportHandout() {
        HandoutOptions options = dialogs.askHandoutOptions();
        if (options == null) {
            return;
        }
        String name = suggestedName(false) + (options.trainer() ? "-" + context.texts().get("handout.trainerSuffix")
                : "");
        Path file = dialogs.chooseExportFile(ExportFormat.PDF, name, directory());
        if (file == null) {
            return;
        }
        try {
            service().handout(context.topology(), null, options, file);
            notices.exported(file);
        } catch (IOException | RuntimeException e) {
            failed(file, e);
        }
    }

    private void write(ExportFormat format, double scale, Path file) {
        try {
            service().export(context.topology(), format, context.phaseProperty().get(), scale, file);
            notices.exported(file);
        } catch (IOException | RuntimeException e) {
            failed(file, e);
        }
    }

    /** The scroll pane's viewport: the diagram on screen without the scroll bars. */
    private Node visibleView() {
        Node viewport = canvas.node().lookup(".viewport");
        return viewport != null ? viewport : canvas.node();
    }

    private ExportService service() {
        if (service == null) {
            service = new ExportService(context.catalog(), context.engine()::validate, PdfFontResolver.system(),
                    new HandoutTexts(context.texts().locale()));
        }
        return service;
    }

    private void failed(Path file, Exception e) {
        Texts texts = context.texts();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        dialogs.showError(texts.get("dialog.exportFailed.title"), texts.get("dialog.exportFailed.header"),
                file + ": " + message);
    }

    /** The document's file or topology name, with the phase shown when the export is of that phase. */
    private String suggestedName(boolean ofPhase) {
        Document document = context.document();
        String name;
        if (document.file() != null) {
            name = document.file().getFileName().toString();
            int dot = name.indexOf('.');
            name = dot > 0 ? name.substring(0, dot) : name;
        } else {
            name = document.topology().name().replaceAll("[\\\\/:*?\"<>|]", "_").trim();
        }
        String phase = context.phaseProperty().get();
        name = name.isEmpty() ? "topology" : name;
        return phase == null || !ofPhase ? name : name + "-" + phase;
    }

    private Path directory() {
        Path file = context.document().file();
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
