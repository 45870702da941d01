package org.coexist.ui.deployment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.coexist.diff.PhaseDiff;
import org.coexist.importer.ImportMerge;
import org.coexist.importer.ImportResult;
import org.coexist.importer.Importer;
import org.coexist.importer.MissingVersionException;
import org.coexist.importer.SummaryText;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.CanvasControls;
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
    private final CanvasControls canvas;
    private final DocumentFiles files;
    private final TopologyStore store;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final DesignerAction importAction;
    private final DesignerAction compareAction;
    private DiffView lastView;

    public DeploymentActions(DesignerContext context, CanvasControls canvas, DocumentFiles files, TopologyStore store,
                             Dialogs dialogs, Supplier<Window> owner) {
        this.context = context;
        this.canvas = canvas;
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

    /** Asks for documents, imports them off the UI thread (asking for a version when one is missing) and places
     * the result. */
    public void importDocuments() {
        List<Path> paths = dialogs.chooseFilesToImport(directory());
        if (paths == null || paths.isEmpty()) {
            return;
        }
        importAsking(paths, null).thenAccept(result -> {
            if (result != null) {
                place(result);
            }
        });
    }

    private void place(ImportResult result) {
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

    /** Asks for what is deployed, reads it off the UI thread and shows the design against it. */
    public void compare() {
        Path path = dialogs.chooseDeploymentFile(directory());
        if (path == null) {
            return;
        }
        CompletableFuture<Topology> deployed;
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            deployed = files.tasks().run(background(() -> store.read(path, TopologyStore.Progress.NONE).topology()))
                    .handle((topology, failure) -> failure == null ? topology : failed(failure));
        } else {
            deployed = importAsking(List.of(path), null).thenApply(result -> result == null ? null : result.topology());
        }
        deployed.thenAccept(topology -> {
            if (topology != null) {
                PhaseDiff diff = PhaseDiff.compare(context.topology(), topology);
                lastView = new DiffView(context, canvas, diff, path.getFileName().toString());
                lastView.show(owner.get());
            }
        });
    }

    /**
     * The import, completed on the UI thread, or null when it failed (the user was told) or the user cancelled the
     * version question or the task.
     */
    private CompletableFuture<ImportResult> importAsking(List<Path> paths, ProductVersion assumed) {
        Importer importer = new Importer(context.catalog());
        return files.tasks().run(background(() -> importer.importFiles(paths, null, assumed)))
                .handle((result, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(result);
                    }
                    if (cause(failure) instanceof MissingVersionException missing && assumed == null) {
                        ProductVersion chosen = dialogs.askAssumedVersion(missing.pools(),
                                Arrays.stream(ProductVersion.values())
                                        .filter(v -> v.family() == Family.COMMUNICATIONS).toList());
                        return chosen == null ? CompletableFuture.<ImportResult>completedFuture(null)
                                : importAsking(paths, chosen);
                    }
                    return CompletableFuture.<ImportResult>completedFuture(failed(failure));
                })
                .thenCompose(next -> next);
    }

    /** Tells the user why a read failed (nothing when it was cancelled); the value a failed read gives. */
    private <T> T failed(Throwable failure) {
        Throwable cause = cause(failure);
        if (!(cause instanceof CancellationException)) {
            fail(cause.getMessage() != null ? cause.getMessage() : cause.toString());
        }
        return null;
    }

    /** What went wrong, unwrapped from the future that carried it. */
    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static <T> Task<T> background(Callable<T> work) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
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
