package org.coexist.ui.dialogs;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.model.ChangeSummary;
import org.coexist.ui.kernel.Texts;
import org.coexist.ui.files.RecoveryAnswer;
import org.coexist.ui.files.RecoveryOffer;

/**
 * Offers back unsaved work left by designers that ended unexpectedly: one row per copy with its name, its file,
 * when it was made and what it holds that the file does not, and Restore and Discard. Restore closes the dialog
 * with that copy; Discard takes the row away; Decide Later keeps the rest for the next start.
 */
final class RecoveryDialog extends Dialog<RecoveryAnswer> {
    private final Texts texts;
    private final List<RecoveryOffer> discarded = new ArrayList<>();
    private final VBox rows = new VBox(10);

    RecoveryDialog(Texts texts, List<RecoveryOffer> offers) {
        this.texts = texts;
        setTitle(texts.get("dialog.recovery.title"));
        setHeaderText(texts.format("dialog.recovery.header", offers.size()));
        ButtonType later = new ButtonType(texts.get("dialog.recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(later);
        getDialogPane().lookupButton(later).setId("recovery-later");
        getDialogPane().setId("recovery-dialog");
        rows.getStyleClass().add("recovery-offers");
        for (RecoveryOffer offer : offers) {
            rows.getChildren().add(row(offer));
        }
        if (offers.size() > 3) {
            // Three rows show; the others are a scroll away.
            ScrollPane scroll = new ScrollPane(rows);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(3 * 140.0);
            getDialogPane().setContent(scroll);
        } else {
            getDialogPane().setContent(rows);
        }
        getDialogPane().setPrefWidth(640);
        setResultConverter(button -> new RecoveryAnswer(null, discarded));
    }

    private VBox row(RecoveryOffer offer) {
        Label name = new Label(offer.copy().name().isBlank() ? texts.get("app.untitled") : offer.copy().name());
        name.getStyleClass().add("recovery-name");
        Label file = wrapped(fileLine(offer));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault());
        Label saved = wrapped(texts.format("dialog.recovery.saved", time.format(offer.copy().saved())));
        Label diff = wrapped(describe(offer));
        diff.getStyleClass().add("recovery-diff");

        Button discard = new Button(texts.get("dialog.recovery.discard"));
        Button restore = new Button(texts.get("dialog.recovery.restore"));
        discard.setId("recovery-discard-" + offer.copy().id());
        restore.setId("recovery-restore-" + offer.copy().id());
        restore.setDefaultButton(rows.getChildren().isEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, discard, restore);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox row = new VBox(3, name, file, saved, diff, buttons);
        row.getStyleClass().add("recovery-offer");
        discard.setOnAction(e -> {
            discarded.add(offer);
            rows.getChildren().remove(row);
            if (rows.getChildren().isEmpty()) {
                close(new RecoveryAnswer(null, discarded));
            }
        });
        restore.setOnAction(e -> close(new RecoveryAnswer(offer, discarded)));
        return row;
    }

    private void close(RecoveryAnswer answer) {
        setResult(answer);
        close();
    }

    private String fileLine(RecoveryOffer offer) {
        return switch (offer.original()) {
            case NONE -> texts.get("dialog.recovery.untitled");
            case ON_DISK -> texts.format("dialog.recovery.file", offer.copy().original());
            case MISSING -> texts.format("dialog.recovery.fileMissing", offer.copy().original());
            case UNREADABLE -> texts.format("dialog.recovery.fileUnreadable", offer.copy().original());
        };
    }

    /** Against the file on disk: what the copy adds, removes and changes; without one, what it holds. */
    private String describe(RecoveryOffer offer) {
        ChangeSummary diff = offer.diff();
        List<String> parts = new ArrayList<>();
        if (offer.original() != RecoveryOffer.Original.ON_DISK) {
            count(parts, "forests", diff.forests().added());
            count(parts, "elements", diff.elements().added());
            count(parts, "links", diff.links().added());
            count(parts, "phases", diff.phases().added());
            return texts.format("dialog.recovery.holds", parts.isEmpty() ? texts.get("recovery.nothing")
                    : String.join(texts.get("recovery.separator"), parts));
        }
        if (diff.isEmpty()) {
            return texts.get("dialog.recovery.same");
        }
        changes(parts, "elements", diff.elements());
        changes(parts, "links", diff.links());
        changes(parts, "forests", diff.forests());
        changes(parts, "phases", diff.phases());
        if (diff.documentChanged()) {
            parts.add(texts.get("recovery.renamed"));
        }
        return texts.format("dialog.recovery.compared", String.join(texts.get("recovery.separator"), parts));
    }

    private void count(List<String> parts, String kind, int count) {
        if (count > 0) {
            parts.add(texts.format("recovery.count." + kind, count));
        }
    }

    private void changes(List<String> parts, String kind, ChangeSummary.Counts counts) {
        if (counts.added() > 0) {
            parts.add(texts.format("recovery." + kind + ".added", counts.added()));
        }
        if (counts.removed() > 0) {
            parts.add(texts.format("recovery." + kind + ".removed", counts.removed()));
        }
        if (counts.changed() > 0) {
            parts.add(texts.format("recovery." + kind + ".changed", counts.changed()));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
