package org.coexist.ui.canvas;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** A transient message at the top of the canvas: why a drop or a move was refused. */
final class Banner {
    private final Label label = new Label();
    private final SequentialTransition fade;

    Banner() {
        label.getStyleClass().add("drop-refused");
        label.setVisible(false);
        label.setMouseTransparent(true);
        label.setWrapText(true);
        StackPane.setAlignment(label, Pos.TOP_CENTER);
        FadeTransition out = new FadeTransition(Duration.millis(400), label);
        out.setFromValue(1);
        out.setToValue(0);
        fade = new SequentialTransition(new PauseTransition(Duration.seconds(3)), out);
        fade.setOnFinished(e -> label.setVisible(false));
    }

    Label node() {
        return label;
    }

    void show(String text) {
        fade.stop();
        label.setText(text);
        label.setOpacity(1);
        label.setVisible(true);
        fade.playFromStart();
    }

    boolean isShowing() {
        return label.isVisible();
    }
}
