package org.coexist.ui.problems;

import javafx.scene.shape.Circle;
import org.coexist.rules.Severity;

/** The red or amber dot of a finding; colours come from the stylesheet. */
public final class SeverityIcon {
    private SeverityIcon() {
    }

    public static Circle of(Severity severity) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("severity-dot", severity == Severity.ERROR ? "error" : "warning");
        return dot;
    }
}
