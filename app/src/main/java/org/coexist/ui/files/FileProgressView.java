package org.coexist.ui.files;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.coexist.ui.kernel.Texts;

/**
 * The status bar's part for a long open or save: what is being done, how far it got, and Cancel. It appears only
 * when the operation takes a noticeable time, so that a small file does not make it flicker.
 */
public final class FileProgressView extends HBox {
    static final Duration SHOW_AFTER = Duration.millis(300);
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel;
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);

    public FileProgressView(Texts texts, FileTasks tasks) {
        super(6);
        setId("file-progress");
        getStyleClass().add("file-progress");
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(140);
        message.setId("file-progress-message");
        cancel = new Button(texts.get("progress.cancel"));
        cancel.setId("file-progress-cancel");
        cancel.setFocusTraversable(false);
        getChildren().addAll(message, bar, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        tasks.runningProperty().addListener((obs, old, now) -> follow(now));
    }

    private void follow(Task<?> task) {
        delay.stop();
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        if (task == null) {
            setVisible(false);
            message.setText("");
            bar.setProgress(0);
            return;
        }
        bar.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        cancel.setOnAction(e -> task.cancel());
        delay.setOnFinished(e -> setVisible(task.isRunning() || !task.isDone()));
        delay.playFromStart();
    }
}
