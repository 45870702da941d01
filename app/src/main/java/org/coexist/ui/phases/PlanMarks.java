package org.coexist.ui.phases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import org.coexist.rules.Finding;
import org.coexist.rules.LiveValidation;
import org.coexist.ui.kernel.Texts;

/**
 * What the plan rules found, by the phase each finding names, and the mark shown beside that phase (on its chip in
 * the strip and its row in the phases panel): a small warning triangle whose tooltip gives the messages.
 */
final class PlanMarks {
    private static final double TOOLTIP_WIDTH = 460;

    private PlanMarks() {
    }

    /** The whole design's plan findings, by the id of the phase they name; empty without a validation. */
    static Map<String, List<Finding>> byPhase(LiveValidation validation) {
        Map<String, List<Finding>> result = new HashMap<>();
        if (validation != null) {
            for (Finding finding : validation.findings()) {
                if (finding.isAboutPlan()) {
                    result.computeIfAbsent(finding.phase(), k -> new ArrayList<>(1)).add(finding);
                }
            }
        }
        return result;
    }

    /** "Order of the phases:" and each message on a line of its own. */
    static String text(List<Finding> findings, Texts texts) {
        StringBuilder text = new StringBuilder(texts.get("phases.plan"));
        for (Finding finding : findings) {
            text.append('\n').append(finding.message());
        }
        return text.toString();
    }

    /** A tooltip that wraps its lines: plan messages are long sentences. */
    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setPrefWidth(TOOLTIP_WIDTH);
        return tooltip;
    }

    /** The mark of a phase with plan findings: red when one is an error, amber otherwise. */
    static Label mark(String id, List<Finding> findings, Texts texts) {
        boolean error = findings.stream().anyMatch(Finding::isError);
        Polygon triangle = new Polygon(6, 0, 12, 11, 0, 11);
        triangle.getStyleClass().addAll("plan-mark-icon", error ? "error" : "warning");
        Label mark = new Label(null, triangle);
        mark.setId(id);
        mark.getStyleClass().add("plan-mark");
        mark.setMinWidth(Label.USE_PREF_SIZE);
        String text = text(findings, texts);
        mark.setTooltip(tooltip(text));
        mark.setAccessibleText(text);
        return mark;
    }
}
