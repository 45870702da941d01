package org.coexist.ui.present;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.problems.SeverityIcon;

/**
 * The findings of the step on screen, revealed one at a time: the trainer lets the room look for the problem
 * first, then shows each finding on a card placed beside its subjects, never over them: the trainer's words from
 * the answer key where there are some, the engine's message and the source. Errors come before warnings.
 */
final class FindingCards {
    /** The card's width when there is room for it; narrower beside subjects that leave less. */
    static final double WIDTH = 500;
    static final double MIN_WIDTH = 300;
    /** Space between the card and its subjects, and between the card and the screen's edge. */
    static final double GAP = 18;
    private final Texts texts;
    private final VBox card = new VBox();
    private List<Finding> findings = List.of();
    private int revealed;

    FindingCards(Texts texts) {
        this.texts = texts;
        card.setId("finding-card");
        card.getStyleClass().add("finding-card");
        card.setMinHeight(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setMouseTransparent(true);
        card.setManaged(false);
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

    /** The next finding, now revealed; null when all are out already. */
    Finding revealNext() {
        if (revealed >= findings.size()) {
            return null;
        }
        revealed++;
        return findings.get(revealed - 1);
    }

    /** Marks every finding revealed (the list shows them). */
    void revealAll() {
        revealed = findings.size();
        hide();
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

    /** Shows the finding on the card, its counter saying how far the reveal has got. */
    void show(Finding finding, Optional<String> words) {
        Label counter = label("card-counter", texts.format("present.finding", revealed, findings.size()));
        List<Node> content = new ArrayList<>(List.of(counter));
        words.ifPresent(w -> content.add(label("card-answer", w)));
        content.add(message(finding, words.isPresent()));
        // The card is for a room to read: the document's title and address are shown, not clicked.
        content.add(label("card-source", SourceLinks.describe(finding.source())));
        card.getChildren().setAll(content);
        card.setVisible(true);
    }

    /** The card when every finding is out already, and R is pressed again. */
    void showNoMore() {
        card.getChildren().setAll(label("card-counter", texts.format("present.findings", findings.size())),
                label("card-source", texts.get("present.allRevealed")));
        card.setVisible(true);
    }

    /**
     * Puts the card beside the subjects, inside the area: right, left, below or above them, wherever it covers the
     * least of the rest of the phase. Where no side has room for the card, it goes to the corner where it covers
     * least of the subjects.
     *
     * @param subjects where the subjects are, in the coordinates of the card's parent (null: unknown)
     * @param area     where the card may go, in the same coordinates
     * @param content  where the phase's other elements are, in the same coordinates
     */
    void place(Bounds subjects, Bounds area, List<Bounds> content) {
        double fullWidth = Math.min(WIDTH, area.getWidth() - 2 * GAP);
        if (subjects == null) {
            size(fullWidth);
            card.relocate(area.getMaxX() - card.getWidth() - GAP, area.getMinY() + GAP);
            return;
        }
        List<Bounds> options = new ArrayList<>();
        double right = area.getMaxX() - subjects.getMaxX() - 2 * GAP;
        double left = subjects.getMinX() - area.getMinX() - 2 * GAP;
        if (right >= MIN_WIDTH) {
            double width = size(Math.min(WIDTH, right));
            options.add(new BoundingBox(subjects.getMaxX() + GAP, besideY(subjects, area), width, card.getHeight()));
        }
        if (left >= MIN_WIDTH) {
            double width = size(Math.min(WIDTH, left));
            options.add(new BoundingBox(subjects.getMinX() - GAP - width, besideY(subjects, area), width,
                    card.getHeight()));
        }
        size(fullWidth);
        double height = card.getHeight();
        double x = clamp(subjects.getMinX(), area.getMinX() + GAP, area.getMaxX() - GAP - fullWidth);
        options.add(new BoundingBox(x, subjects.getMaxY() + GAP, fullWidth, height));
        options.add(new BoundingBox(x, subjects.getMinY() - GAP - height, fullWidth, height));
        Bounds chosen = null;
        double least = Double.MAX_VALUE;
        for (Bounds option : options) {
            if (!within(option, area) || overlap(option, subjects) > 0) {
                continue;
            }
            double covered = content.stream().mapToDouble(b -> overlap(option, b)).sum();
            if (covered < least) {
                least = covered;
                chosen = option;
            }
        }
        if (chosen == null) {
            chosen = leastCovering(subjects, area, fullWidth, height);
        }
        size(chosen.getWidth());
        card.relocate(chosen.getMinX(), chosen.getMinY());
    }

    private double besideY(Bounds subjects, Bounds area) {
        return clamp(subjects.getMinY(), area.getMinY() + GAP, area.getMaxY() - GAP - card.getHeight());
    }

    /** The area two rectangles share. */
    static double overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** The corner of the area where the card covers least of the subjects. */
    private static Bounds leastCovering(Bounds subjects, Bounds area, double width, double height) {
        Bounds best = null;
        double bestCover = Double.MAX_VALUE;
        for (double x : new double[] {area.getMinX() + GAP, area.getMaxX() - GAP - width}) {
            for (double y : new double[] {area.getMinY() + GAP, area.getMaxY() - GAP - height}) {
                Bounds b = new BoundingBox(x, y, width, height);
                if (overlap(b, subjects) < bestCover) {
                    bestCover = overlap(b, subjects);
                    best = b;
                }
            }
        }
        return best;
    }

    private static boolean within(Bounds b, Bounds area) {
        return b.getMinX() >= area.getMinX() - 0.5 && b.getMinY() >= area.getMinY() - 0.5
                && b.getMaxX() <= area.getMaxX() + 0.5 && b.getMaxY() <= area.getMaxY() + 0.5;
    }

    /** Sizes the card to the width, its height following its text; returns the width. */
    private double size(double width) {
        card.applyCss();
        double height = card.prefHeight(width);
        card.resize(width, height);
        card.layout();
        return width;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** One finding as the list and the card show it: the key's words (or the message), and the source. */
    static VBox entry(Texts texts, Finding finding, Optional<String> words, double width) {
        VBox entry = new VBox(4);
        entry.getStyleClass().add("findings-entry");
        Label headline = words.map(w -> severityLabel("card-answer", w, finding)).orElse(message(finding, false));
        // The list names the source; its quotation is on the card (R), where there is room for it.
        entry.getChildren().setAll(headline, label("card-source", "\u2014 " + finding.source().title()));
        entry.setPrefWidth(width);
        entry.setMinHeight(Region.USE_PREF_SIZE);
        return entry;
    }

    private static Label message(Finding finding, boolean secondary) {
        Label message = severityLabel("card-message", finding.message(), finding);
        if (secondary) {
            message.getStyleClass().add("secondary");
        }
        return message;
    }

    private static Label severityLabel(String styleClass, String text, Finding finding) {
        Label label = label(styleClass, text);
        label.getStyleClass().add(finding.isError() ? "error" : "warning");
        Circle dot = SeverityIcon.of(finding.severity());
        dot.setRadius(7);
        label.setGraphic(dot);
        label.setGraphicTextGap(10);
        return label;
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Appends the text of a card or list entry, one line per label. */
    static void appendText(Node node, StringBuilder text) {
        if (node instanceof Label label) {
            text.append(label.getText()).append('\n');
        } else if (node instanceof VBox box) {
            box.getChildren().forEach(child -> appendText(child, text));
        }
    }

    /** The text of the card as shown, for tests and for reading out. */
    String text() {
        StringBuilder text = new StringBuilder();
        appendText(card, text);
        return text.toString();
    }

    void hide() {
        card.setVisible(false);
        card.getChildren().clear();
    }
}
