package org.coexist.ui.canvas;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.ui.kernel.DesignerContext;

/** A pool: a card-like header (icon, name, type, version) over a body where member elements sit. */
final class PoolView extends ElementView {
    private static final double ICON = 24;
    private final Region header = new Region();
    private final Region resizeHandle = new Region();
    private final Node icon;

    PoolView(DesignerContext context, DiagramGeometry geometry, Element element) {
        super(context, geometry, element);
        getStyleClass().add("pool");
        header.getStyleClass().add("pool-header");
        resizeHandle.getStyleClass().add("resize-handle");
        icon = icon(context.catalog().spec(element.type()), ICON);
        getChildren().addAll(header, bar, icon, name, type, version, resizeHandle);
        finishChildren();
        update(element);
    }

    Region resizeHandle() {
        return resizeHandle;
    }

    @Override
    protected double handleY() {
        return DiagramGeometry.POOL_HEADER / 2;
    }

    @Override
    protected void layoutContent(double width, double height) {
        header.resizeRelocate(0, 0, width, DiagramGeometry.POOL_HEADER);
        bar.resizeRelocate(0, 0, 5, height);
        icon.resizeRelocate(14, 11, ICON, ICON);
        // The name has the first line to itself (pool names are long FQDNs); version and type share the second.
        double textX = 14 + ICON + 8;
        double textWidth = width - textX - 10;
        name.resizeRelocate(textX, 5, textWidth, 20);
        version.autosize();
        double badgeWidth = Math.min(version.getWidth(), textWidth);
        version.resizeRelocate(textX, 25, badgeWidth, version.getHeight());
        double typeX = textX + badgeWidth + 6;
        type.resizeRelocate(typeX, 24, Math.max(0, width - typeX - 10), 17);
        resizeHandle.resizeRelocate(width - 12, height - 12, 10, 10);
    }
}
