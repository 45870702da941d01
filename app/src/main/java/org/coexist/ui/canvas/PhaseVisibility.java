package org.coexist.ui.canvas;

import javafx.animation.FadeTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.coexist.ui.kernel.PhaseScope;

/**
 * Shows a view as present in the phase, as a ghost, or not at all. A ghost is faint, carries the style class
 * {@code ghost} and lets the pointer through, so it can be neither selected nor edited. Changes between phases
 * fade: what appears fades in, what goes away fades out.
 */
final class PhaseVisibility {
    static final Duration FADE = Duration.millis(300);
    static final double GHOST_OPACITY = 0.22;
    private static final String GHOST = "ghost";
    private static final Object SHOWN = new Object();
    private static final Object FADING = new Object();
    private final PhaseScope scope;

    PhaseVisibility(PhaseScope scope) {
        this.scope = scope;
    }

    /** Shows the view of this id as the phase has it; with a fade if {@code animate} and its state changes. */
    void apply(String id, Node view, boolean animate) {
        boolean shown = scope.isShown(id);
        boolean ghosts = scope.showGhostsProperty().get();
        double opacity = shown ? 1 : ghosts ? GHOST_OPACITY : 0;
        boolean wasShown = !Boolean.FALSE.equals(view.getProperties().get(SHOWN));
        view.getProperties().put(SHOWN, shown);
        view.setMouseTransparent(!shown);
        view.getStyleClass().remove(GHOST);
        if (!shown && ghosts) {
            view.getStyleClass().add(GHOST);
        }
        if (view.getProperties().get(FADING) instanceof FadeTransition running) {
            running.stop();
            view.getProperties().remove(FADING);
        }
        if (!animate || wasShown == shown || view.getOpacity() == opacity) {
            view.setOpacity(opacity);
            view.setVisible(opacity > 0);
            return;
        }
        view.setVisible(true);
        FadeTransition fade = new FadeTransition(FADE, view);
        fade.setToValue(opacity);
        fade.setOnFinished(e -> {
            view.getProperties().remove(FADING);
            view.setVisible(opacity > 0);
        });
        view.getProperties().put(FADING, fade);
        fade.play();
    }
}
