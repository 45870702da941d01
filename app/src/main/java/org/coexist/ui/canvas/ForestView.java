package org.coexist.ui.canvas;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Forest;
import org.coexist.ui.kernel.DesignerContext;

/** A forest: a labelled, rounded container; its header drags it, its corner handle resizes it. */
final class ForestView extends BoxView {
    private final Region header = new Region();
    private final Label name = new Label();
    private final Node icon;
    private final Region resizeHandle = new Region();
    private final DesignerContext context;
    private Forest forest;

    ForestView(DesignerContext context, Forest forest, Box box) {
        super(context.texts().get("a11y.role.forest"));
        this.context = context;
        this.forest = forest;
        getStyleClass().add("forest");
        header.getStyleClass().add("forest-header");
        name.getStyleClass().add("forest-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        resizeHandle.getStyleClass().add("resize-handle");
        Image image = context.icons().forest();
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(18);
            view.setFitHeight(18);
            view.setPreserveRatio(true);
            icon = view;
        } else {
            Label glyph = new Label("\u25B2");
            glyph.getStyleClass().addAll("icon-glyph", "forest-glyph");
            icon = glyph;
        }
        getChildren().addAll(header, icon, name, resizeHandle);
        detailsOnBadge(context);
        update(forest, box);
    }

    @Override
    public String id() {
        return forest.id();
    }

    @Override
    protected String title() {
        return forest.name();
    }

    Forest forest() {
        return forest;
    }

    Region resizeHandle() {
        return resizeHandle;
    }

    /** Whether a point in this view's own coordinates lies on the header strip that drags the forest. */
    boolean onHeader(double localY) {
        return localY <= DiagramGeometry.FOREST_HEADER;
    }

    /** Shows the forest as it now is, at its box (its own bounds, or those its elements give it). */
    void update(Forest newForest, Box box) {
        forest = newForest;
        place(box.x(), box.y(), box.width(), box.height());
        name.setText(newForest.name());
        setTooltipText(newForest.name());
        describe();
        requestLayout();
    }

    @Override
    protected String description() {
        return Descriptions.forest(context, forest, findings());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        header.resizeRelocate(0, 0, width, DiagramGeometry.FOREST_HEADER);
        icon.resizeRelocate(12, 7, 18, 18);
        name.resizeRelocate(36, 6, Math.max(0, width - 56), 20);
        resizeHandle.resizeRelocate(width - 14, getHeight() - 14, 12, 12);
        layoutBadge(width);
    }
}
