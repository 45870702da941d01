package org.coexist.ui.present;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.Texts;

/**
 * What the trainer sees and the room does not, as presentation programs have it: the step and the time since the
 * presentation began, the phase's notes, its answer key, how many findings there are and how many are revealed,
 * and the next phase. On a second screen it has a window of its own; on one screen P shows it over the slide.
 */
final class PresenterView {
    private final Texts texts;
    private final Label step = new Label();
    private final Label clock = new Label();
    private final Label name = new Label();
    private final Label notes = new Label();
    private final Label answerKey = new Label();
    private final Label findings = new Label();
    private final Label next = new Label();
    private final Label nextNotes = new Label();
    private final VBox content;
    private final ScrollPane root;
    private final Timeline ticker;
    private long startedNanos;

    PresenterView(Texts texts) {
        this.texts = texts;
        step.getStyleClass().add("presenter-step");
        clock.setId("presenter-clock");
        clock.getStyleClass().add("presenter-clock");
        name.getStyleClass().add("presenter-name");
        notes.setId("presenter-notes");
        answerKey.setId("presenter-answer-key");
        findings.setId("presenter-findings");
        next.setId("presenter-next");
        next.getStyleClass().add("presenter-next");
        for (Label label : List.of(name, notes, answerKey, findings, next, nextNotes)) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        notes.getStyleClass().add("presenter-text");
        answerKey.getStyleClass().add("presenter-answer");
        nextNotes.getStyleClass().add("presenter-text");
        findings.getStyleClass().add("presenter-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(step, gap, clock);
        top.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(top, name, section("presenter.notes"), notes, section("presenter.answerKey"), answerKey,
                section("presenter.findings"), findings, section("presenter.next"), next, nextNotes,
                hint());
        content.getStyleClass().add("presenter-content");
        root = new ScrollPane(content);
        root.setId("presenter-view");
        root.getStyleClass().add("presenter-view");
        root.setFitToWidth(true);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    private Label section(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("presenter-section");
        return label;
    }

    private Label hint() {
        Label label = new Label(texts.get("presenter.keys"));
        label.getStyleClass().add("presenter-keys");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    ScrollPane node() {
        return root;
    }

    /** Starts the clock at 0:00. */
    void start() {
        startedNanos = System.nanoTime();
        tick();
        ticker.play();
    }

    void stop() {
        ticker.stop();
    }

    private void tick() {
        long seconds = Math.max(0, (System.nanoTime() - startedNanos) / 1_000_000_000L);
        clock.setText(texts.format("presenter.elapsed", seconds / 60, String.format("%02d", seconds % 60)));
    }

    /** Shows the step: the phase (null: the whole design) and the one after it (null: none). */
    void show(Topology topology, Phase phase, Phase following, int index, int count) {
        step.setText(phase == null ? texts.get("present.wholeDesign") : texts.format("present.step", index + 1, count));
        name.setText(phase == null ? topology.name() : phase.name().isBlank() ? phase.id() : phase.name());
        String roomNotes = phase == null ? topology.description() : phase.notes();
        notes.setText(roomNotes == null || roomNotes.isBlank() ? texts.get("presenter.noNotes") : roomNotes);
        String key = phase == null ? "" : phase.answerKey();
        answerKey.setText(key.isBlank() ? texts.get("presenter.noAnswerKey") : key);
        next.setText(following == null ? texts.get("presenter.last")
                : texts.format("presenter.nextPhase", index + 2, following.name()));
        nextNotes.setText(following == null ? "" : following.notes());
        nextNotes.setManaged(!nextNotes.getText().isBlank());
        nextNotes.setVisible(nextNotes.isManaged());
        root.setVvalue(0);
    }

    /** How many findings the step has and how many the room has seen. */
    void showFindings(List<Finding> all, int revealed) {
        long errors = all.stream().filter(Finding::isError).count();
        findings.setText(texts.format("presenter.findingCounts", errors, all.size() - errors, revealed));
    }

    /** The text shown, for tests. */
    String text() {
        StringBuilder text = new StringBuilder();
        content.getChildrenUnmodifiable().forEach(n -> {
            if (n instanceof Label label) {
                text.append(label.getText()).append('\n');
            } else if (n instanceof HBox box) {
                box.getChildren().forEach(c -> {
                    if (c instanceof Label label) {
                        text.append(label.getText()).append('\n');
                    }
                });
            }
        });
        return text.toString();
    }
}
