package org.coexist.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.DocumentState;

/**
 * What a first-time user sees on an empty canvas: how to begin, or where the samples are. Hidden as soon as the
 * topology has a forest, since nothing can be drawn outside one. It lets the mouse through to the canvas.
 */
final class EmptyCanvasHint extends Label {
    EmptyCanvasHint(DesignerContext context, DocumentState state) {
        super(context.texts().get("canvas.emptyHint"));
        setId("empty-hint");
        getStyleClass().add("empty-hint");
        setWrapText(true);
        setTextAlignment(TextAlignment.CENTER);
        setAlignment(Pos.CENTER);
        setMaxWidth(440);
        setMouseTransparent(true);
        visibleProperty().bind(Bindings.createBooleanBinding(
                () -> context.document() != null && context.topology().forests().isEmpty(),
                context.documentProperty(), state.changesProperty()));
        managedProperty().bind(visibleProperty());
    }
}
