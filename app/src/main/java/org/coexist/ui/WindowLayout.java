package org.coexist.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.coexist.ui.present.PresentationMode;

/**
 * Swaps the window's frame (menus, toolbar, panels, status bar) for the presentation layer and back. The canvas
 * node moves between the two, so the diagram keeps its views, zoom and findings.
 */
final class WindowLayout implements PresentationMode.Chrome {
    private final StackPane root;
    private final Node frame;
    private final SplitPane sides;
    private final SplitPane centre;
    private final Node canvas;
    private double[] sideDividers;
    private double[] centreDividers;
    private Node shown;
    private StackPane slot;
    /** Where the canvas lives in the window (beside the phase strip), to put it back exactly there. */
    private Pane home;
    private int homeIndex;

    WindowLayout(StackPane root, Node frame, SplitPane sides, SplitPane centre, Node canvas) {
        this.root = root;
        this.frame = frame;
        this.sides = sides;
        this.centre = centre;
        this.canvas = canvas;
    }

    @Override
    public void present(Node layer, StackPane canvasSlot) {
        sideDividers = sides.getDividerPositions();
        centreDividers = centre.getDividerPositions();
        home = (Pane) canvas.getParent();
        homeIndex = home.getChildren().indexOf(canvas);
        home.getChildren().remove(canvas);
        canvasSlot.getChildren().setAll(canvas);
        root.getChildren().set(root.getChildren().indexOf(frame), layer);
        shown = layer;
        slot = canvasSlot;
    }

    @Override
    public void restore() {
        if (shown == null) {
            return;
        }
        slot.getChildren().remove(canvas);
        root.getChildren().set(root.getChildren().indexOf(shown), frame);
        home.getChildren().add(homeIndex, canvas);
        centre.setDividerPositions(centreDividers);
        sides.setDividerPositions(sideDividers);
        shown = null;
    }
}
