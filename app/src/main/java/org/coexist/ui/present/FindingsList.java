package org.coexist.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.Texts;

/**
 * "Reveal all" (A): every finding of the step in a panel beside the diagram, never over it, in as many columns as
 * the panel's width takes and as many pages as its height needs. The clicker's keys turn the pages before they
 * move to the next phase, so nothing is cut off at the top or bottom of the screen.
 */
final class FindingsList {
    /** A column narrower than this reads badly from the back of a room. */
    static final double COLUMN_WIDTH = 380;
    static final double COLUMN_GAP = 18;
    /** Where an entry goes on its page: the property holds the column's index. */
    private static final String COLUMN = "findings-list-column";
    private final Texts texts;
    private final Label header = new Label();
    private final HBox columns = new HBox(COLUMN_GAP);
    private final VBox panel = new VBox(header, columns);
    private final List<List<Node>> pages = new ArrayList<>();
    private int page;
    private int total;
    private int perRow = 1;
    private double columnWidth = COLUMN_WIDTH;

    FindingsList(Texts texts) {
        this.texts = texts;
        panel.setId("findings-list");
        panel.getStyleClass().add("findings-list");
        header.getStyleClass().add("card-counter");
        header.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(columns, Priority.ALWAYS);
        panel.setMouseTransparent(true);
    }

    VBox node() {
        return panel;
    }

    /** The panel's width for a screen of this width: two fifths of it, within one and two columns. */
    static double width(double screenWidth) {
        double share = Math.max(COLUMN_WIDTH + 48, screenWidth * 0.4);
        return Math.min(share, 2 * COLUMN_WIDTH + COLUMN_GAP + 48);
    }

    /**
     * Lays the findings out on pages that fit the panel's height (the panel must be in the scene, at its size).
     *
     * @param words the trainer's words for a finding (the answer key), shown instead of the engine's message
     */
    void show(List<Finding> findings, Function<Finding, Optional<String>> words) {
        total = findings.size();
        pages.clear();
        page = 0;
        Insets padding = panel.getPadding();
        double innerWidth = panel.getWidth() - padding.getLeft() - padding.getRight();
        int perRow = Math.max(1, (int) ((innerWidth + COLUMN_GAP) / (COLUMN_WIDTH + COLUMN_GAP)));
        double columnWidth = (innerWidth - (perRow - 1) * COLUMN_GAP) / perRow;
        header.setText(texts.format("present.findings", total));
        double height = panel.getHeight() - padding.getTop() - padding.getBottom()
                - header.prefHeight(innerWidth) - panel.getSpacing();
        List<Node> entries = new ArrayList<>();
        for (Finding finding : findings) {
            entries.add(FindingCards.entry(texts, finding, words.apply(finding), columnWidth));
        }
        // Measured in the panel, where the stylesheet sizes their text.
        columns.getChildren().setAll(entries);
        panel.applyCss();
        List<Node> current = new ArrayList<>();
        double used = 0;
        int column = 0;
        for (Node entry : entries) {
            double entryHeight = ((Region) entry).prefHeight(columnWidth) + COLUMN_GAP / 2;
            if (used + entryHeight > height && used > 0) {
                column++;
                used = 0;
                if (column == perRow) {
                    pages.add(current);
                    current = new ArrayList<>();
                    column = 0;
                }
            }
            entry.getProperties().put(COLUMN, column);
            current.add(entry);
            used += entryHeight;
        }
        pages.add(current);
        this.perRow = perRow;
        this.columnWidth = columnWidth;
        renderPage();
    }


    private void renderPage() {
        List<VBox> boxes = new ArrayList<>();
        for (int i = 0; i < perRow; i++) {
            VBox box = new VBox(COLUMN_GAP / 2);
            box.setPrefWidth(columnWidth);
            box.setMinWidth(columnWidth);
            box.setMaxWidth(columnWidth);
            boxes.add(box);
        }
        for (Node entry : pages.get(page)) {
            boxes.get((Integer) entry.getProperties().get(COLUMN)).getChildren().add(entry);
        }
        columns.getChildren().setAll(boxes);
        header.setText(pages.size() == 1 ? texts.format("present.findings", total)
                : texts.format("present.findingsPage", total, page + 1, pages.size()));
    }

    int pageCount() {
        return pages.size();
    }

    int page() {
        return page;
    }

    /** The next page; false on the last (the caller then moves on). */
    boolean nextPage() {
        if (page + 1 < pages.size()) {
            page++;
            renderPage();
            return true;
        }
        return false;
    }

    boolean previousPage() {
        if (page > 0) {
            page--;
            renderPage();
            return true;
        }
        return false;
    }

    /** The text of the page shown, for tests and for reading out. */
    String text() {
        StringBuilder text = new StringBuilder(header.getText()).append('\n');
        for (Node column : columns.getChildren()) {
            for (Node entry : ((VBox) column).getChildren()) {
                FindingCards.appendText(entry, text);
            }
        }
        return text.toString();
    }
}
