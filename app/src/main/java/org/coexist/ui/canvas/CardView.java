package org.coexist.ui.canvas;

import javafx.scene.Node;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.ui.kernel.DesignerContext;

/** An element as a 170x60 card: family colour bar, icon, name, type and version badge. */
final class CardView extends ElementView {
    private static final double BAR = 5;
    private static final double ICON = 24;
    private final Node icon;

    CardView(DesignerContext context, DiagramGeometry geometry, Element element) {
        super(context, geometry, element);
        getStyleClass().add("element-card");
        icon = icon(context.catalog().spec(element.type()), ICON);
        getChildren().addAll(bar, icon, name, type, version);
        finishChildren();
        update(element);
    }

    @Override
    protected double handleY() {
        return getHeight() / 2;
    }

    @Override
    protected void layoutContent(double width, double height) {
        bar.resizeRelocate(0, 0, BAR, height);
        icon.resizeRelocate(BAR + 9, 9, ICON, ICON);
        double textX = BAR + 9 + ICON + 8;
        double textWidth = width - textX - 8;
        name.resizeRelocate(textX, 7, textWidth, 20);
        version.autosize();
        double badgeWidth = Math.min(version.getWidth(), textWidth);
        version.resizeRelocate(textX, height - 25, badgeWidth, version.getHeight());
        double typeX = textX + badgeWidth + 6;
        type.resizeRelocate(typeX, height - 26, Math.max(0, width - typeX - 6), 18);
    }
}
