package org.coexist.ui.present;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.CanvasControls;
import org.coexist.ui.DesignerContext;
import org.coexist.ui.actions.DesignerAction;

/**
 * Presentation mode, for a trainer in front of a room: the canvas alone, full screen, in larger type, with the
 * phase's name and notes as a caption. A clicker's keys step through the phases; the findings can be hidden
 * while the room looks for the problem, then revealed one by one. Leaving puts the window back as it was.
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

    private record Saved(String phase, double zoom, boolean fullScreen, String exitHint,
                         KeyCombination exitKey, List<String> selection) {
    }

    private final DesignerContext context;
    private final CanvasControls canvas;
    private final Chrome chrome;
    private final Supplier<Stage> stage;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyBooleanWrapper findingsHidden = new ReadOnlyBooleanWrapper(this, "findingsHidden");
    /** How far a small diagram is enlarged: cards stay sharp and the diagram still reads as a whole. */
    static final double MAX_ZOOM = 2;
    private final StackPane slot = new StackPane();
    private final StackPane layer = new StackPane();
    private final Caption caption;
    private final FindingCards cards;
    private final DesignerAction action;
    private final EventHandler<KeyEvent> keys = this::key;
    /** While presenting, the diagram fits whatever room the canvas gets (full screen arrives a moment later). */
    private final ChangeListener<Bounds> refit;
    private final ChangeListener<Boolean> fullScreenLeft = (obs, was, is) -> {
        if (!is) {
            leave();
        }
    };
    private PhaseSteps steps;
    private boolean allRevealed;
    private Saved saved;

    public PresentationMode(DesignerContext context, CanvasControls canvas, Chrome chrome, Supplier<Stage> stage) {
        this.context = context;
        this.canvas = canvas;
        this.chrome = chrome;
        this.stage = stage;
        this.caption = new Caption(context.texts());
        this.cards = new FindingCards(context.texts());
        this.refit = (obs, old, now) -> fit();
        // The caption has a band of its own below the canvas: a fitted diagram is never hidden behind it.
        BorderPane stageArea = new BorderPane(slot);
        stageArea.setBottom(caption.node());
        layer.getChildren().setAll(stageArea, cards.node());
        layer.setId("presentation");
        layer.getStyleClass().add("presentation");
        action = DesignerAction.of("presentation", context.texts().get("action.presentation"), this::enter)
                .keys("F5");
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
        saved = new Saved(context.phaseProperty().get(), canvas.zoomProperty().get(), window.isFullScreen(),
                window.getFullScreenExitHint(), window.getFullScreenExitKeyCombination(),
                List.copyOf(context.selection().ids()));
        steps = new PhaseSteps(context.topology());
        chrome.present(layer, slot);
        Scene scene = window.getScene();
        scene.getRoot().getStyleClass().add(PRESENTING);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        canvas.node().layoutBoundsProperty().addListener(refit);
        presenting.set(true);
        // Esc is ours (it must also restore the panels), and a hint would cover the caption for seconds.
        window.setFullScreenExitHint("");
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        window.setFullScreen(true);
        window.fullScreenProperty().addListener(fullScreenLeft);
        showStep();
        canvas.node().requestFocus();
    }

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
        window.setFullScreen(saved.fullScreen());
        window.setFullScreenExitHint(saved.exitHint());
        window.setFullScreenExitKeyCombination(saved.exitKey());
        chrome.restore();
        context.phaseProperty().set(saved.phase());
        context.selection().select(saved.selection());
        canvas.zoomProperty().set(saved.zoom());
        canvas.node().requestFocus();
    }

    /** Clickers send Page Up/Down; keyboards have arrows and Space. Every key is ours while presenting. */
    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN -> step(steps.next());
            case LEFT, PAGE_UP -> step(steps.previous());
            case H -> setFindingsHidden(!findingsHidden.get());
            case R, DOWN -> revealNext();
            case A -> revealAll();
            case ESCAPE -> leave();
            default -> {
                // Presenting is read-only: Delete or a nudge must not change the design in front of the room.
            }
        }
        event.consume();
    }

    private void step(boolean moved) {
        if (moved) {
            showStep();
        }
    }

    private void showStep() {
        Topology topology = context.topology();
        String id = steps.current();
        Phase phase = id == null ? null : topology.phase(id);
        context.phaseProperty().set(id);
        caption.show(topology, phase, steps.index(), steps.size());
        List<Finding> findings = context.engine().validate(phase == null ? topology : topology.without(phase.hidden()));
        cards.reset(findings);
        allRevealed = false;
        highlight();
        fit();
    }

    /**
     * Lays the canvas out first: a resize reaches the canvas before its scroll pane knows the new viewport, and
     * the fit must use the new one.
     */
    private void fit() {
        if (canvas.node() instanceof Parent parent && parent.getScene() != null) {
            parent.applyCss();
            parent.layout();
        }
        canvas.zoomToFitUpTo(MAX_ZOOM);
    }

    private void revealNext() {
        cards.revealNext();
        allRevealed = false;
        highlight();
    }

    private void revealAll() {
        cards.revealAll();
        allRevealed = true;
        highlight();
    }

    /** Revealed subjects are selected: with findings hidden, the stylesheet gives selected ones their look back. */
    private void highlight() {
        context.selection().select(cards.highlighted(allRevealed));
    }

    private void setFindingsHidden(boolean hidden) {
        findingsHidden.set(hidden);
        List<String> classes = canvas.node().getStyleClass();
        classes.remove(FINDINGS_HIDDEN);
        if (hidden) {
            classes.add(FINDINGS_HIDDEN);
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
}
