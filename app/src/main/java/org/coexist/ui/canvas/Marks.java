package org.coexist.ui.canvas;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.coexist.rules.Finding;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.SourceLinks;

/**
 * Marks shared by every view: the selected pseudo-class, the error/warning style classes, the finding count
 * badge and a hover tooltip built only when the pointer first enters (thousands of views, few tooltips).
 */
final class Marks {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass ACCEPTABLE = PseudoClass.getPseudoClass("acceptable");
    static final PseudoClass FORBIDDEN = PseudoClass.getPseudoClass("forbidden");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final String ERROR = "error";
    static final String WARNING = "warning";

    private final Node owner;
    private String baseText = "";
    private List<Finding> findings = List.of();
    private Tooltip tooltip;
    private Label badge;

    Marks(Node owner) {
        this.owner = owner;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
    }

    /** The tooltip's first lines, before any findings (the full name of a card, for example). */
    void setBaseText(String text) {
        baseText = text == null ? "" : text;
        if (tooltip != null) {
            tooltip.setText(text());
        }
    }

    List<Finding> findings() {
        return findings;
    }

    /** Applies the worst severity as a style class; returns the badge to show (null when none is wanted). */
    Label apply(List<Finding> newFindings, boolean wantBadge) {
        findings = List.copyOf(newFindings);
        Severity worst = null;
        for (Finding finding : findings) {
            if (finding.isError()) {
                worst = Severity.ERROR;
                break;
            }
            worst = finding.severity();
        }
        owner.getStyleClass().removeAll(ERROR, WARNING);
        if (worst != null) {
            owner.getStyleClass().add(worst == Severity.ERROR ? ERROR : WARNING);
        }
        if (tooltip != null) {
            tooltip.setText(text());
        }
        if (!wantBadge) {
            return null;
        }
        if (badge == null && !findings.isEmpty()) {
            badge = new Label();
            badge.getStyleClass().add("finding-badge");
            badge.setMouseTransparent(true);
        }
        if (badge != null) {
            badge.setText(Integer.toString(findings.size()));
            badge.setVisible(!findings.isEmpty());
        }
        return badge;
    }

    private void installTooltip() {
        String text = text();
        if (tooltip == null && !text.isEmpty()) {
            tooltip = new Tooltip(text);
            tooltip.getStyleClass().add("canvas-tooltip");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(460);
            Tooltip.install(owner, tooltip);
        }
    }

    private String text() {
        StringBuilder text = new StringBuilder(baseText);
        for (Finding finding : findings) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(finding.severity().symbol()).append(" ").append(finding.message())
                    .append("\n").append(SourceLinks.describe(finding.source()));
        }
        return text.toString();
    }
}
