package org.coexist.ui.present;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coexist.exercise.AnswerKey;
import org.coexist.model.Element;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.actions.DesignerAction;

/**
 * Presentation mode, for a trainer in front of a room: the canvas alone, full screen, each phase framed on what is
 * deployed in it, with the phase's name and notes as a caption. A clicker's keys step through the phases; the
 * findings can be hidden while the room looks for the problem, then revealed one by one beside their subjects (R)
 * or all in a list beside the diagram (A). The presenter view (notes, answer key, next phase, time) is on the
 * first screen when there are two, and P away on one. Leaving puts the window back, at the phase shown last.
 */
public final class PresentationMode {
    public static final String PRESENTING = "presenting";
    public static final String FINDINGS_HIDDEN = "findings-hidden";

    /** What the window does to make room for the presentation, and how it comes back. */
    public interface Chrome {
        /** Hides menus, toolbar and panels and shows the layer instead, the canvas moved into the slot. */
        void present(Node layer, StackPane canvasSlot);

        /** Puts the canvas back and shows the window's panels as they were. */
        void restore();
    }

    private record Saved(double zoom, boolean fullScreen, String exitHint, KeyCombination exitKey,
                         List<String> selection, Rectangle2D bounds, boolean ghosts) {
    }

    /** How far a small phase is enlarged: cards stay sharp and the diagram still reads as a whole. */
    static final double MAX_ZOOM = 2;
    private final DesignerContext context;
    private final CanvasControls canvas;
    private final Chrome chrome;
    private final Supplier<Stage> stage;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper findingsHidden = new ReadOnlyBooleanWrapper(this, "findingsHidden");
    private final StackPane slot = new StackPane();
    private final BorderPane stageArea = new BorderPane(slot);
    private final Pane cardLayer = new Pane();
    private final StackPane layer = new StackPane();
    private final Caption caption;
    private final FindingCards cards;
    private final FindingsList list;
    private final PresenterView presenter;
    private final DesignerAction action;
    private final EventHandler<KeyEvent> keys = this::key;
    /** While presenting, the phase fits whatever room the canvas gets (full screen arrives a moment later). */
    private final ChangeListener<Bounds> refit;
    private final ChangeListener<Boolean> fullScreenLeft = (obs, was, is) -> {
        if (!is) {
            leave();
        }
    };
    private PresenterWindow screens = new PresenterWindow(PresenterWindow::attachedScreens);
    private PhaseSteps steps;
    private AnswerKey answerKey = new AnswerKey("");
    private Finding onCard;
    private Saved saved;
    private boolean refitPending;

    public PresentationMode(DesignerContext context, CanvasControls canvas, Chrome chrome, Supplier<Stage> stage) {
        this.context = context;
        this.canvas = canvas;
        this.chrome = chrome;
        this.stage = stage;
        this.caption = new Caption(context.texts());
        this.cards = new FindingCards(context.texts());
        this.list = new FindingsList(context.texts());
        this.presenter = new PresenterView(context.texts());
        // The window's size arrives during a layout pass, before the scroll pane knows its viewport: the phase is
        // framed again once that pass is over, once however many sizes arrive.
        this.refit = (obs, old, now) -> {
            if (!refitPending) {
                refitPending = true;
                Platform.runLater(() -> {
                    refitPending = false;
                    if (presenting.get()) {
                        fit();
                    }
                });
            }
        };
        // The caption and the findings list have bands of their own: a framed phase is never behind them.
        stageArea.setBottom(caption.node());
        cardLayer.setPickOnBounds(false);
        cardLayer.setMouseTransparent(true);
        cardLayer.getChildren().add(cards.node());
        layer.getChildren().setAll(stageArea, cardLayer);
        layer.setId("presentation");
        layer.getStyleClass().add("presentation");
        action = DesignerAction.of("presentation", context.texts().get("action.presentation"), this::enter)
                .keys("F5");
    }

    /** The screens to present on (the first for the presenter view): tests stand in for a second screen. */
    public void useScreens(Supplier<List<Rectangle2D>> attached) {
        screens = new PresenterWindow(attached);
    }

    /** View > Presentation Mode (F5). */
    public DesignerAction action() {
        return action;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty findingsHiddenProperty() {
        return findingsHidden.getReadOnlyProperty();
    }

    public void enter() {
        Stage window = stage.get();
        if (presenting.get() || window == null || window.getScene() == null || context.document() == null) {
            return;
        }
        saved = new Saved(canvas.zoomProperty().get(), window.isFullScreen(), window.getFullScreenExitHint(),
                window.getFullScreenExitKeyCombination(), List.copyOf(context.selection().ids()),
                new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight()),
                context.scope().showGhostsProperty().get());
        // A slide shows its phase: what is not deployed in it is not drawn, not even faintly or as empty forests.
        context.scope().showGhostsProperty().set(false);
        context.scope().hideEmptyForestsProperty().set(true);
        steps = new PhaseSteps(context.topology());
        chrome.present(layer, slot);
        Scene scene = window.getScene();
        scene.getRoot().getStyleClass().add(PRESENTING);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        canvas.node().layoutBoundsProperty().addListener(refit);
        presenting.set(true);
        Rectangle2D slides = screens.open(window, presenter, keys);
        boolean twoScreens = screens.isOpen();
        // The window covers the screen even where full screen is not granted (no window manager).
        window.setX(slides.getMinX());
        window.setY(slides.getMinY());
        window.setWidth(slides.getWidth());
        window.setHeight(slides.getHeight());
        // Esc is ours (it must also restore the panels), and a hint would cover the caption for seconds.
        window.setFullScreenExitHint("");
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setFullScreen(true);
        window.fullScreenProperty().addListener(fullScreenLeft);
        presenter.start();
        if (!twoScreens) {
            showPresenterOverlay(false);
        }
        showStep();
        canvas.node().requestFocus();
    }

    /** Leaves the presentation; the designer shows the phase shown last. */
    public void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        Stage window = stage.get();
        window.fullScreenProperty().removeListener(fullScreenLeft);
        window.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        window.getScene().getRoot().getStyleClass().remove(PRESENTING);
        canvas.node().layoutBoundsProperty().removeListener(refit);
        setFindingsHidden(false);
        presenter.stop();
        showPresenterOverlay(false);
        hideList();
        cards.hide();
        window.setFullScreen(saved.fullScreen());
        window.setFullScreenExitHint(saved.exitHint());
        window.setFullScreenExitKeyCombination(saved.exitKey());
        screens.close();
        window.setX(saved.bounds().getMinX());
        window.setY(saved.bounds().getMinY());
        window.setWidth(saved.bounds().getWidth());
        window.setHeight(saved.bounds().getHeight());
        context.scope().showGhostsProperty().set(saved.ghosts());
        context.scope().hideEmptyForestsProperty().set(false);
        chrome.restore();
        context.phaseProperty().set(steps.current());
        context.selection().select(saved.selection());
        canvas.zoomProperty().set(saved.zoom());
        canvas.node().requestFocus();
    }

    /** Clickers send Page Up/Down; keyboards have arrows and Space. Every key is ours while presenting. */
    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN -> forward();
            case LEFT, PAGE_UP -> back();
            case H -> setFindingsHidden(!findingsHidden.get());
            case R, DOWN -> revealNext();
            case A -> toggleAll();
            case N -> caption.toggleExpanded();
            case P -> showPresenterOverlay(!screens.isOpen() && !isPresenterOverlayShown());
            case ESCAPE -> leave();
            default -> {
                // Presenting is read-only: Delete or a nudge must not change the design in front of the room.
            }
        }
        event.consume();
    }

    /** The next page of the findings list, else the next phase. */
    private void forward() {
        if (isListShown() && list.nextPage()) {
            return;
        }
        if (steps.next()) {
            showStep();
        }
    }

    private void back() {
        if (isListShown() && list.previousPage()) {
            return;
        }
        if (steps.previous()) {
            showStep();
        }
    }

    private void showStep() {
        Topology topology = context.topology();
        String id = steps.current();
        Phase phase = id == null ? null : topology.phase(id);
        context.phaseProperty().set(id);
        caption.show(topology, phase, steps.index(), steps.size());
        answerKey = new AnswerKey(phase == null ? "" : phase.answerKey());
        String nextId = steps.peekNext();
        presenter.show(topology, phase, nextId == null ? null : topology.phase(nextId), steps.index(), steps.size());
        List<Finding> findings = context.engine().validate(phase == null ? topology : topology.without(phase.hidden()));
        cards.reset(findings);
        onCard = null;
        hideList();
        presenter.showFindings(cards.findings(), 0);
        highlight(false);
        fit();
    }

    /**
     * Frames what the phase deploys, not its ghosts, at the largest scale that fits. Lays the canvas out first: a
     * resize reaches the canvas before its scroll pane knows the new viewport, and the fit must use the new one.
     */
    private void fit() {
        if (canvas.node() instanceof Parent parent && parent.getScene() != null) {
            parent.applyCss();
            parent.layout();
        }
        Topology shown = context.scope().shownTopology();
        List<String> deployed = shown == null ? List.of() : shown.elements().stream().map(Element::id).toList();
        canvas.frame(deployed, MAX_ZOOM);
        placeCard();
    }

    private void revealNext() {
        hideList();
        Finding next = cards.revealNext();
        if (next == null) {
            cards.showNoMore();
            onCard = null;
        } else {
            onCard = next;
            cards.show(next, words(next));
        }
        presenter.showFindings(cards.findings(), cards.revealed());
        highlight(false);
        placeCard();
    }

    /** A: the list of every finding beside the diagram, or back to the diagram alone. */
    private void toggleAll() {
        if (isListShown()) {
            hideList();
            highlight(false);
            return;
        }
        cards.revealAll();
        onCard = null;
        Scene scene = layer.getScene();
        list.node().setPrefWidth(FindingsList.width(scene == null ? 1366 : scene.getWidth()));
        stageArea.setRight(list.node());
        layer.applyCss();
        layer.layout();
        list.show(cards.findings(), this::words);
        presenter.showFindings(cards.findings(), cards.revealed());
        highlight(true);
    }

    private boolean isListShown() {
        return stageArea.getRight() != null;
    }

    private void hideList() {
        stageArea.setRight(null);
    }

    private Optional<String> words(Finding finding) {
        Topology topology = context.topology();
        return answerKey.wordsFor(finding, id -> topology.element(id) != null ? topology.element(id).name()
                : topology.forest(id) != null ? topology.forest(id).name() : null);
    }

    /** Puts the card of the finding revealed beside its subjects, inside the canvas's part of the screen. */
    private void placeCard() {
        if (!cards.node().isVisible() || layer.getScene() == null) {
            return;
        }
        Bounds area = cardLayer.sceneToLocal(slot.localToScene(slot.getLayoutBounds()));
        Bounds subjects = onCard == null ? null : canvas.sceneBounds(onCard.subjects());
        List<Bounds> content = new java.util.ArrayList<>();
        Topology shown = context.scope().shownTopology();
        if (shown != null) {
            for (Element element : shown.elements()) {
                Bounds bounds = canvas.sceneBounds(List.of(element.id()));
                if (bounds != null) {
                    content.add(cardLayer.sceneToLocal(bounds));
                }
            }
        }
        cards.place(subjects == null ? null : cardLayer.sceneToLocal(subjects), area, content);
    }

    /** Revealed subjects are selected: with findings hidden, the stylesheet gives selected ones their look back. */
    private void highlight(boolean all) {
        context.selection().select(cards.highlighted(all));
    }

    private void setFindingsHidden(boolean hidden) {
        findingsHidden.set(hidden);
        List<String> classes = canvas.node().getStyleClass();
        classes.remove(FINDINGS_HIDDEN);
        if (hidden) {
            classes.add(FINDINGS_HIDDEN);
        }
    }

    private boolean isPresenterOverlayShown() {
        return layer.getChildren().contains(presenter.node());
    }

    /** On one screen, P lays the presenter view over the slide (and takes it away again). */
    private void showPresenterOverlay(boolean show) {
        if (show && !isPresenterOverlayShown()) {
            layer.getChildren().add(presenter.node());
        } else if (!show) {
            layer.getChildren().remove(presenter.node());
        }
    }

    /** The caption's phase name, as shown. */
    public String captionName() {
        return caption.name();
    }

    /** The finding card's text, empty while it is hidden. */
    public String cardText() {
        return cards.node().isVisible() ? cards.text() : "";
    }

    /** The findings list's page as shown, empty while it is hidden. */
    public String listText() {
        return isListShown() ? list.text() : "";
    }

    /** The presenter view's text, wherever it is shown. */
    public String presenterText() {
        return presenter.text();
    }
}
