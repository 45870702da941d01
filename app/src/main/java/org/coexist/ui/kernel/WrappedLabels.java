package org.coexist.ui.kernel;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels of running text that wrap and keep every line they wrap to (a label's minimum height is one line). */
public final class WrappedLabels {
    private WrappedLabels() {
    }

    public static Label of(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
