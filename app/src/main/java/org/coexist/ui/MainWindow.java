package org.coexist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.coexist.model.Topology;
import org.coexist.model.edit.EditCommand;
import org.coexist.ui.actions.DesignerAction;
import org.coexist.ui.actions.DesignerActions;
import org.coexist.ui.actions.MainMenuBar;
import org.coexist.ui.actions.MainToolBar;
import org.coexist.ui.canvas.DiagramCanvas;
import org.coexist.ui.deployment.DeploymentActions;
import org.coexist.ui.dialogs.Dialogs;
import org.coexist.ui.dialogs.DocumentPropertiesDialog;
import org.coexist.ui.edit.ClipboardEdits;
import org.coexist.ui.exercise.ExerciseActions;
import org.coexist.ui.exercise.ExerciseMode;
import org.coexist.ui.export.ExportActions;
import org.coexist.ui.files.BundledSamples;
import org.coexist.ui.files.DiskChanges;
import org.coexist.ui.files.DocumentFiles;
import org.coexist.ui.files.FileDrop;
import org.coexist.ui.files.FileProgressView;
import org.coexist.ui.files.FileServices;
import org.coexist.ui.files.FileTasks;
import org.coexist.ui.files.RecoveryOffers;
import org.coexist.ui.files.SampleMenu;
import org.coexist.ui.inspector.InspectorPanel;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Notices;
import org.coexist.ui.kernel.Stylesheets;
import org.coexist.ui.kernel.UiFont;
import org.coexist.ui.language.LanguageMenu;
import org.coexist.ui.language.LanguageSwitch;
import org.coexist.ui.palette.PalettePanel;
import org.coexist.ui.phases.PhaseStrip;
import org.coexist.ui.phases.PhasesPanel;
import org.coexist.ui.present.PresentationMode;
import org.coexist.ui.problems.ProblemsPanel;

/**
 * The designer's window: menus and toolbar, palette on the left, canvas in the middle over the problems panel,
 * inspector on the right, status bar below. Built from a context, a dialogs implementation and a file store,
 * so that tests build it with scripted dialogs and a stage of their own.
 */
public final class MainWindow {
    private final DesignerContext context;
    private final DocumentState state;
    private final CanvasControls canvas;
    private final DocumentFiles files;
    private final DesignerActions actions;
    private final PalettePanel palette;
    private final InspectorPanel inspector;
    private final ProblemsPanel problems;
    private final PhasesPanel phases;
    private final PhaseStrip phaseStrip;
    private final TabPane bottom;
    private final StatusBar statusBar;
    private final DiskChanges diskChanges;
    private final RecoveryOffers recovery;
    private final ExportActions exports;
    private final DeploymentActions deployment;
    private final PresentationMode presentation;
    private final ExerciseMode exercise;
    private final ExerciseActions exerciseActions;
    private final BooleanProperty problemsVisible = new SimpleBooleanProperty(this, "problemsVisible", true);
    private final StackPane root;
    private final PanelSizes.Split centre;
    private final PanelSizes panelSizes;
    private Stage stage;

    public MainWindow(DesignerContext context, Dialogs dialogs, FileServices services) {
        this(context, dialogs, services, DiagramCanvas::new);
    }

    /** With another canvas: tests of the shell alone use a recording one. */
    public MainWindow(DesignerContext context, Dialogs dialogs, FileServices services,
                      Function<DesignerContext, CanvasControls> canvasFactory) {
        this(context, dialogs, services, canvasFactory, null);
    }

    /**
     * @param services  the files, recovery copies and file threads every window of the process shares
     * @param languages switches the language (View > Language), or null for a window without that menu
     */
    public MainWindow(DesignerContext context, Dialogs dialogs, FileServices services,
                      Function<DesignerContext, CanvasControls> canvasFactory, LanguageSwitch languages) {
        this.context = Objects.requireNonNull(context);
        // Before any view is built: the canvas's own drawing and the stylesheet's root name the bundled font.
        UiFont.load();
        if (context.document() == null) {
            context.documentProperty().set(new Document(new Topology(), null, context.engine()));
        }
        this.state = new DocumentState(context);
        // An undo can remove what is selected: the selection keeps only what still exists.
        state.changesProperty().addListener((obs, old, now) -> pruneSelection());
        this.canvas = canvasFactory.apply(context);
        this.statusBar = new StatusBar(context, state, canvas);
        FileTasks fileTasks = new FileTasks(services.files());
        this.files = new DocumentFiles(context, state, dialogs, services, fileTasks, statusBar::showNotice);
        this.diskChanges = new DiskChanges(context, state.changesProperty(), services, fileTasks, files, dialogs,
                statusBar::showNotice, Platform::runLater);
        this.recovery = new RecoveryOffers(context, services, fileTasks, files, dialogs);
        statusBar.addFileProgress(new FileProgressView(context.texts(), fileTasks));
        ClipboardEdits clipboard = new ClipboardEdits(context, canvas);
        this.actions = new DesignerActions(context, state, files, clipboard, canvas, dialogs, problemsVisible,
                this::exit);
        Pane overlay = new Pane();
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        overlay.getStyleClass().add("drag-overlay");
        this.palette = new PalettePanel(context, canvas, overlay);
        this.inspector = new InspectorPanel(context, state);
        this.problems = new ProblemsPanel(context, state, canvas);
        this.phases = new PhasesPanel(context, state);
        this.phaseStrip = new PhaseStrip(context, state);
        phaseStrip.setOnPlanShown(phases::showPlan);
        // An opened file (or sample, or exercise) shows whole; a new empty document keeps the canvas at actual
        // size, and a file read again (it changed on disk) keeps the view the user had.
        context.documentProperty().addListener((obs, old, now) -> {
            boolean reread = now != null && old != null && now.file() != null && now.file().equals(old.file());
            if (now != null && !reread && (now.file() != null || !now.topology().elements().isEmpty())) {
                canvas.zoomToFit();
            }
        });
        Notices notices = new Notices(context, () -> stage);
        this.exports = new ExportActions(context, canvas, dialogs, notices);
        recovery.setOnRestored(document -> notices.restored(
                document.displayName(context.texts().get("app.untitled"))));
        this.exercise = new ExerciseMode(context, dialogs);
        this.exerciseActions = new ExerciseActions(context, dialogs, services.store(), () -> stage);
        this.deployment = new DeploymentActions(context, files, services.store(), dialogs, () -> stage);

        // The phase strip sits right above the canvas it steers; problems and phases share the bottom.
        // The hint lies over the canvas, centred; presentation mode takes the canvas alone and leaves it here.
        StackPane canvasStack = new StackPane(canvas.node(), new EmptyCanvasHint(context, state));
        // An exercise's instructions and Check My Work sit above everything they are about.
        VBox canvasArea = new VBox(exercise.bar(), phaseStrip, canvasStack);
        VBox.setVgrow(canvasStack, Priority.ALWAYS);
        problems.setTitleShown(false);
        Tab problemsTab = new Tab(context.texts().get("problems.title"), problems);
        problemsTab.setId("tab-problems");
        // The list is the shown phase's: the tab says which, so no one mistakes it for the whole design's.
        problemsTab.textProperty().bind(Bindings.createStringBinding(() -> {
            String phaseId = context.phaseProperty().get();
            int index = phaseId == null || context.document() == null ? -1 : context.topology().phaseIndex(phaseId);
            return index < 0 ? context.texts().get("problems.title")
                    : context.texts().format("problems.titleInPhase", index + 1);
        }, context.phaseProperty(), state.changesProperty()));
        Tab phasesTab = new Tab(context.texts().get("phases.title"), phases);
        phasesTab.setId("tab-phases");
        bottom = new TabPane(problemsTab, phasesTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getStyleClass().add("bottom-tabs");
        bottom.setMinHeight(0);
        centre = new PanelSizes.Split(canvasArea, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(bottom, false);
        centre.getStyleClass().add("centre-split");
        problemsVisible.addListener((obs, was, is) -> showProblems(is));

        PanelSizes.Split sides = new PanelSizes.Split(palette, centre, inspector);
        sides.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        palette.setMinWidth(200);
        palette.setPrefWidth(PanelSizes.PALETTE_WIDTH);
        inspector.setMinWidth(240);
        inspector.setPrefWidth(PanelSizes.INSPECTOR_WIDTH);
        this.panelSizes = new PanelSizes(sides, centre, palette, inspector, bottom);

        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("main-frame");
        VBox top = new VBox(MainToolBar.build(context.texts(), actions, canvas));
        frame.setTop(top);
        frame.setCenter(sides);
        frame.setBottom(statusBar);
        root = new StackPane(frame, overlay);
        root.getStyleClass().add("coexist-window");
        this.presentation = new PresentationMode(context, canvas,
                new WindowLayout(root, frame, sides, centre, canvas.node()), () -> stage);
        List<MenuItem> viewExtras = new ArrayList<>(List.of(new SeparatorMenuItem(),
                presentation.action().menuItem()));
        if (languages != null) {
            viewExtras.add(LanguageMenu.build(context.texts(), languages));
        }
        DesignerAction properties = DesignerAction.of("documentProperties",
                context.texts().get("action.documentProperties"), this::showDocumentProperties);
        top.getChildren().add(0, MainMenuBar.build(context.texts(), actions, files, new MainMenuBar.Extras(
                List.of(SampleMenu.build(context.texts(), new BundledSamples(context.catalog()), files),
                        deployment.importAction().menuItem(), deployment.compareAction().menuItem(),
                        exerciseActions.openMenu(files)),
                List.of(properties.menuItem(), exports.menu(), exerciseActions.makeAction().menuItem()), viewExtras)));
    }

    private void pruneSelection() {
        Document document = context.document();
        if (document != null) {
            List<String> gone = context.selection().ids().stream()
                    .filter(id -> !document.topology().containsId(id)).toList();
            context.selection().remove(gone);
        }
    }

    private void showProblems(boolean show) {
        if (show && !centre.getItems().contains(bottom)) {
            centre.getItems().add(bottom);
            panelSizes.applyHeight();
        } else if (!show) {
            centre.getItems().remove(bottom);
        }
    }

    /** File > Document Properties: the topology's name and description, changed by one command. */
    private void showDocumentProperties() {
        Document document = context.document();
        String fileName = document.file() == null ? null : document.file().getFileName().toString();
        new DocumentPropertiesDialog(context.texts(), document.topology(), fileName).show(stage,
                (name, description) -> {
                    EditCommand command = context.edits().describeDesign(context.topology(), name, description);
                    if (command != null) {
                        context.execute(command);
                    }
                });
    }

    /** Puts the window on the stage: scene, stylesheet, title, icon, shortcuts, file drop and close prompt. */
    public Scene install(Stage target, double width, double height) {
        this.stage = target;
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(Stylesheets.MAIN)).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(Stylesheets.PRESENTATION))
                .toExternalForm());
        actions.installShortcuts(scene);
        FileDrop.install(scene, files);
        target.setScene(scene);
        target.titleProperty().bind(state.titleProperty());
        target.setMinWidth(1024);
        target.setMinHeight(700);
        if (context.icons().app() != null && !target.getIcons().contains(context.icons().app())) {
            target.getIcons().add(context.icons().app());
        }
        // Closing waits for the answer (and for a save it asks for); the window goes once the user decided.
        target.setOnCloseRequest(event -> {
            event.consume();
            files.closeForExit().thenAccept(ok -> {
                if (ok) {
                    target.hide();
                }
            });
        });
        return scene;
    }

    /** File > Exit: closes the window once unsaved changes are saved or discarded. */
    private void exit() {
        if (stage != null) {
            files.closeForExit().thenAccept(ok -> {
                if (ok) {
                    stage.hide();
                }
            });
        }
    }

    public Parent root() {
        return root;
    }

    public DesignerContext context() {
        return context;
    }

    public CanvasControls canvas() {
        return canvas;
    }

    public DocumentFiles files() {
        return files;
    }

    /** Offers back the unsaved work of designers that ended unexpectedly: the designer asks at start-up. */
    public RecoveryOffers recovery() {
        return recovery;
    }

    /** Reacts to changes of the open file on disk. */
    public DiskChanges diskChanges() {
        return diskChanges;
    }

    public DesignerActions actions() {
        return actions;
    }

    public PalettePanel palette() {
        return palette;
    }

    public InspectorPanel inspector() {
        return inspector;
    }

    public ProblemsPanel problems() {
        return problems;
    }

    public PhasesPanel phases() {
        return phases;
    }

    public PhaseStrip phaseStrip() {
        return phaseStrip;
    }

    /** The bottom tabs: problems, then phases. */
    public TabPane bottomTabs() {
        return bottom;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public ExportActions exports() {
        return exports;
    }

    /** The trainee's side of an exercise: instructions, findings withheld, Check My Work. */
    public ExerciseMode exercise() {
        return exercise;
    }

    /** File > Make Exercise and File > Open Exercise. */
    public ExerciseActions exerciseActions() {
        return exerciseActions;
    }

    /** File > Import and File > Compare with Deployment. */
    public DeploymentActions deployment() {
        return deployment;
    }

    public BooleanProperty problemsVisibleProperty() {
        return problemsVisible;
    }
}
