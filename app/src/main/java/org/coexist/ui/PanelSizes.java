package org.coexist.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The palette's and the inspector's widths and the bottom tabs' height, in pixels: the defaults, then whatever the
 * user last dragged a divider to. They are applied again whenever the window's size changes, as far as the canvas
 * keeps a minimum, so a window shrunk and restored (or a side panel squeezed by a narrow moment) gets its panels
 * back at their sizes instead of leaving them squeezed or collapsed to a header.
 */
final class PanelSizes {
    static final double PALETTE_WIDTH = 270;
    static final double INSPECTOR_WIDTH = 330;
    /** The canvas keeps most of the height; the problems panel shows about six rows at 768 px. */
    static final double BOTTOM_SHARE = 0.3;
    /** What the canvas keeps, at least, before the panels give way. */
    static final double CANVAS_MIN_WIDTH = 360;
    static final double CANVAS_MIN_HEIGHT = 200;
    private final SplitPane sides;
    private final SplitPane centre;
    private final Region palette;
    private final Region inspector;
    private final Region bottom;
    private double paletteWidth = PALETTE_WIDTH;
    private double inspectorWidth = INSPECTOR_WIDTH;
    /** Unknown until the centre first has a height: then a share of it. */
    private double bottomHeight = -1;

    PanelSizes(Split sides, Split centre, Region palette, Region inspector, Region bottom) {
        this.sides = sides;
        this.centre = centre;
        this.palette = palette;
        this.inspector = inspector;
        this.bottom = bottom;
        // The first sizes are set as soon as the window has its size, before anything is laid out: a file opened
        // at start-up is fitted to the canvas's real size, not to the sliver of the split pane's default dividers.
        centre.setDividerPositions(1 - BOTTOM_SHARE);
        applyOnceSized(sides.widthProperty(), this::applyWidths);
        applyOnceSized(centre.heightProperty(), this::applyHeight);
        sides.onResized(this::applyWidths);
        centre.onResized(this::applyHeight);
        // A divider the user let go of: its panels' sizes are now the ones to keep.
        sides.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            SplitPane split = dividerOwner(event.getTarget());
            if (split == sides) {
                paletteWidth = palette.getWidth();
                inspectorWidth = inspector.getWidth();
            } else if (split == centre && centre.getItems().contains(bottom)) {
                bottomHeight = bottom.getHeight();
            }
        });
    }

    private static void applyOnceSized(ReadOnlyDoubleProperty size, Runnable apply) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                if (now.doubleValue() > 0) {
                    size.removeListener(this);
                    apply.run();
                }
            }
        };
        size.addListener(once);
    }

    /** Gives each side panel its width, shrinking both alike when the canvas would be left too narrow. */
    void applyWidths() {
        double width = sides.getWidth();
        if (width <= 0) {
            return;
        }
        double wanted = paletteWidth + inspectorWidth;
        double room = Math.max(palette.getMinWidth() + inspector.getMinWidth(), width - CANVAS_MIN_WIDTH);
        double scale = wanted > room ? room / wanted : 1;
        double left = Math.max(palette.getMinWidth(), paletteWidth * scale);
        double right = Math.max(inspector.getMinWidth(), inspectorWidth * scale);
        sides.setDividerPositions(left / width, 1 - right / width);
    }

    /** Gives the bottom tabs their height, less when the canvas would be left too short. */
    void applyHeight() {
        double height = centre.getHeight();
        if (height <= 0 || !centre.getItems().contains(bottom)) {
            return;
        }
        if (bottomHeight < 0) {
            bottomHeight = Math.round(height * BOTTOM_SHARE);
        }
        double shown = Math.max(0, Math.min(bottomHeight, height - CANVAS_MIN_HEIGHT));
        centre.setDividerPositions(1 - shown / height);
    }

    /**
     * A split pane that says when its size has changed, once the pulse's layout is over: its own layout spreads a
     * change of size over its items as it sees fit, and the sizes to keep are applied over that, in a layout of
     * their own (changing the dividers while the window is laid out would leave parts of it never laid out).
     */
    static final class Split extends SplitPane {
        private final Runnable afterLayout = this::afterLayout;
        private Runnable resized = () -> { };
        private double laidOutWidth = -1;
        private double laidOutHeight = -1;
        private boolean sizeChanged;

        Split(Node... items) {
            super(items);
            sceneProperty().addListener((obs, old, now) -> {
                if (old != null) {
                    old.removePostLayoutPulseListener(afterLayout);
                }
                if (now != null) {
                    now.addPostLayoutPulseListener(afterLayout);
                }
            });
        }

        void onResized(Runnable action) {
            resized = action;
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getWidth() != laidOutWidth || getHeight() != laidOutHeight) {
                laidOutWidth = getWidth();
                laidOutHeight = getHeight();
                sizeChanged = true;
            }
        }

        private void afterLayout() {
            if (sizeChanged) {
                sizeChanged = false;
                resized.run();
            }
        }
    }

    /** The split pane whose divider the event's target is (or lies in), else null. */
    private static SplitPane dividerOwner(EventTarget target) {
        boolean onDivider = false;
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                onDivider = true;
            } else if (onDivider && node instanceof SplitPane split) {
                return split;
            } else if (!onDivider && node instanceof SplitPane) {
                return null;
            }
        }
        return null;
    }
}
