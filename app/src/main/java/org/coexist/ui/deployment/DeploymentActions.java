package org.coexist.ui.deployment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.coexist.diff.PhaseDiff;
import org.coexist.importer.ImportException;
import org.coexist.importer.ImportMerge;
import org.coexist.importer.ImportResult;
import org.coexist.importer.Importer;
import org.coexist.importer.MissingVersionException;
import org.coexist.importer.SummaryText;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.actions.DesignerAction;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.files.DocumentFiles;
import org.coexist.ui.files.TopologyStore;

/**
 * File > Import (what is deployed, into a new document or as a new forest of the open design, one undoable
 * command) and File > Compare with Deployment (the design against a deployment, phase by phase, in a window).
 */
public final class DeploymentActions {
    private final DesignerContext context;
    private final DocumentFiles files;
    private final TopologyStore store;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final DesignerAction importAction;
    private final DesignerAction compareAction;
    private DiffView lastView;

    public DeploymentActions(DesignerContext context, DocumentFiles files, TopologyStore store, Dialogs dialogs,
                             Supplier<Window> owner) {
        this.context = context;
        this.files = files;
        this.store = store;
        this.dialogs = dialogs;
        this.owner = owner;
        Texts texts = context.texts();
        this.importAction = DesignerAction.of("import", texts.get("action.import"), this::importDocuments);
        this.compareAction = DesignerAction.of("compare", texts.get("action.compare"), this::compare);
    }

    public DesignerAction importAction() {
        return importAction;
    }

    public DesignerAction compareAction() {
        return compareAction;
    }

    /** The comparison window shown last, or null. */
    public DiffView lastView() {
        return lastView;
    }

    /** Asks for documents, imports them (asking for a version when one is missing) and places the result. */
    public void importDocuments() {
        List<Path> paths = dialogs.chooseFilesToImport(directory());
        if (paths == null || paths.isEmpty()) {
            return;
        }
        ImportResult result = importAsking(paths);
        if (result == null) {
            return;
        }
        Topology open = context.topology();
        boolean empty = open.forests().isEmpty() && open.elements().isEmpty();
        Dialogs.ImportTarget target = empty ? Dialogs.ImportTarget.NEW_DOCUMENT : dialogs.askImportTarget();
        if (target == Dialogs.ImportTarget.CANCEL) {
            return;
        }
        if (target == Dialogs.ImportTarget.NEW_DOCUMENT) {
            // Replacing the open design may wait for the user to save it first.
            files.openUntitled(result::topology).thenAccept(opened -> {
                if (opened) {
                    showSummary(result);
                }
            });
            return;
        }
        ImportMerge.Addition addition = ImportMerge.into(open, result.topology());
        context.execute(context.edits().importForest(addition.forest(), addition.elements(), addition.links()));
        context.selection().select(addition.elements().stream().map(Element::id).toList());
        showSummary(result);
    }

    private void showSummary(ImportResult result) {
        SummaryText text = new SummaryText(context.catalog(), context.texts().locale());
        Topology imported = result.topology();
        dialogs.showImportSummary(context.texts().format("dialog.importSummary.header", imported.elements().size(),
                imported.forests().iterator().next().name()), text.lines(result.summary()));
    }

    /** Asks for what is deployed and shows the design against it. */
    public void compare() {
        Path path = dialogs.chooseDeploymentFile(directory());
        if (path == null) {
            return;
        }
        Topology deployed;
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try {
                deployed = store.read(path, TopologyStore.Progress.NONE).topology();
            } catch (TopologyStore.RefusedFileException e) {
                fail(e.getMessage());
                return;
            }
        } else {
            ImportResult result = importAsking(List.of(path));
            if (result == null) {
                return;
            }
            deployed = result.topology();
        }
        PhaseDiff diff = PhaseDiff.compare(context.topology(), deployed);
        lastView = new DiffView(context, diff, path.getFileName().toString());
        lastView.show(owner.get());
    }

    /** The import, or null when it failed (the user was told) or the user cancelled the version question. */
    private ImportResult importAsking(List<Path> paths) {
        Importer importer = new Importer(context.catalog());
        ProductVersion assumed = null;
        while (true) {
            try {
                return importer.importFiles(paths, null, assumed);
            } catch (MissingVersionException e) {
                if (assumed != null) {
                    fail(e.getMessage());
                    return null;
                }
                assumed = dialogs.askAssumedVersion(e.pools(), Arrays.stream(ProductVersion.values())
                        .filter(v -> v.family() == Family.COMMUNICATIONS).toList());
                if (assumed == null) {
                    return null;
                }
            } catch (ImportException e) {
                fail(e.getMessage());
                return null;
            }
        }
    }

    private void fail(String message) {
        Texts texts = context.texts();
        dialogs.showError(texts.get("dialog.importFailed.title"), texts.get("dialog.importFailed.header"), message);
    }

    private Path directory() {
        Document document = context.document();
        return document != null && document.file() != null ? document.file().toAbsolutePath().getParent() : null;
    }
}
