package org.coexist.ui.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coexist.rules.Finding;
import org.coexist.ui.SourceLinks;
import org.coexist.ui.Texts;

/**
 * The findings of the step on screen, revealed one at a time: the trainer lets the room look for the problem
 * first, then shows each finding's message and source on a card. Errors come before warnings.
 */
final class FindingCards {
    /** Beyond this many, "reveal all" lists the first ones and counts the rest: the card must fit the screen. */
    static final int LISTED = 5;
    private final Texts texts;
    private final VBox card = new VBox();
    private List<Finding> findings = List.of();
    private int revealed;

    FindingCards(Texts texts) {
        this.texts = texts;
        card.setId("finding-card");
        card.getStyleClass().add("finding-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMouseTransparent(true);
        StackPane.setAlignment(card, Pos.TOP_RIGHT);
        hide();
    }

    VBox node() {
        return card;
    }

    /** A new step: these findings, none revealed. */
    void reset(List<Finding> stepFindings) {
        List<Finding> sorted = new ArrayList<>(stepFindings);
        sorted.sort(Comparator.comparing((Finding f) -> !f.isError()));
        findings = List.copyOf(sorted);
        revealed = 0;
        hide();
    }

    List<Finding> findings() {
        return findings;
    }

    int revealed() {
        return revealed;
    }

    /** Shows the next finding; false when all are out already (the card then says so). */
    boolean revealNext() {
        if (revealed < findings.size()) {
            revealed++;
            showOne(findings.get(revealed - 1));
            return true;
        }
        showSummary();
        return false;
    }

    void revealAll() {
        revealed = findings.size();
        showSummary();
    }

    /** The subjects to highlight: those of the finding on the card, or of every one once all are revealed. */
    Set<String> highlighted(boolean all) {
        Set<String> ids = new LinkedHashSet<>();
        if (all) {
            findings.forEach(f -> ids.addAll(f.subjects()));
        } else if (revealed > 0) {
            ids.addAll(findings.get(revealed - 1).subjects());
        }
        return ids;
    }

    private void showOne(Finding finding) {
        Label counter = label("card-counter", texts.format("present.finding", revealed, findings.size()));
        // The card is for a room to read: the document's title and address are shown, not clicked.
        card.getChildren().setAll(counter, message(finding), label("card-source",
                SourceLinks.describe(finding.source())));
        show();
    }

    private void showSummary() {
        card.getChildren().setAll(label("card-counter", texts.format("present.findings", findings.size())));
        for (int i = 0; i < Math.min(LISTED, findings.size()); i++) {
            card.getChildren().add(message(findings.get(i)));
        }
        if (findings.size() > LISTED) {
            card.getChildren().add(label("card-source", texts.format("present.more", findings.size() - LISTED)));
        }
        show();
    }

    private Label message(Finding finding) {
        Label message = label("card-message", (finding.isError() ? "\u26d4 " : "\u26a0 ") + finding.message());
        message.getStyleClass().add(finding.isError() ? "error" : "warning");
        return message;
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** The text of the card as shown, for tests and for reading out. */
    String text() {
        StringBuilder text = new StringBuilder();
        card.getChildren().forEach(n -> text.append(((Label) n).getText()).append('\n'));
        return text.toString();
    }

    private void show() {
        card.setVisible(true);
    }

    private void hide() {
        card.setVisible(false);
        card.getChildren().clear();
    }
}
