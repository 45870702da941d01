package org.coexist.ui.palette;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.coexist.ui.kernel.CanvasControls;

/**
 * Drags palette entries onto the canvas with plain mouse events (no system drag and drop, which headless test
 * runs cannot drive): a ghost follows the pointer in the window's overlay, the canvas previews where the item
 * would land, and the release drops it there. A double-click drops at the centre of the visible canvas.
 */
final class PaletteDrag {
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    /** Pixels the pointer must travel before a press becomes a drag, so clicks stay clicks. */
    private static final double THRESHOLD = 4;
    private final Pane overlay;
    private final CanvasControls canvas;
    private PaletteEntry pressed;
    private Point2D pressedAt;
    private Node ghost;
    private final EventHandler<KeyEvent> cancelOnEscape = this::cancel;

    PaletteDrag(Pane overlay, CanvasControls canvas) {
        this.overlay = overlay;
        this.canvas = canvas;
    }

    void attach(PaletteEntry entry, Image icon) {
        entry.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressed = entry;
                pressedAt = new Point2D(e.getSceneX(), e.getSceneY());
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressed != entry) {
                return;
            }
            if (ghost == null && pressedAt.distance(e.getSceneX(), e.getSceneY()) >= THRESHOLD) {
                ghost = ghost(entry, icon);
                overlay.getChildren().add(ghost);
                overlay.getScene().addEventFilter(KeyEvent.KEY_PRESSED, cancelOnEscape);
                entry.pseudoClassStateChanged(DRAGGING, true);
            }
            if (ghost != null) {
                place(e.getSceneX(), e.getSceneY());
                canvas.previewDrop(entry.item(), e.getSceneX(), e.getSceneY());
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressed != entry) {
                return;
            }
            boolean dragging = ghost != null;
            end(entry);
            if (dragging) {
                canvas.drop(entry.item(), e.getSceneX(), e.getSceneY());
            }
        });
        entry.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                Point2D centre = visibleCentreInScene();
                canvas.drop(entry.item(), centre.getX(), centre.getY());
            }
        });
        // From the keyboard: Tab to the entry, Enter or Space adds it (into the selected forest or pool).
        entry.setFocusTraversable(true);
        entry.setAccessibleRole(AccessibleRole.BUTTON);
        entry.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                canvas.add(entry.item());
            }
        });
    }

    /** Escape abandons the drag: nothing is dropped when the button is released. */
    private void cancel(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && pressed != null) {
            event.consume();
            end(pressed);
        }
    }

    private void end(PaletteEntry entry) {
        if (ghost != null) {
            overlay.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, cancelOnEscape);
            overlay.getChildren().remove(ghost);
            ghost = null;
            canvas.endDropPreview();
        }
        entry.pseudoClassStateChanged(DRAGGING, false);
        pressed = null;
    }

    /** The ghost's top-left corner sits just below-right of the pointer, so it never hides the drop point. */
    private void place(double sceneX, double sceneY) {
        Point2D local = overlay.sceneToLocal(sceneX, sceneY);
        ghost.relocate(local.getX() + 8, local.getY() + 8);
    }

    private static Node ghost(PaletteEntry entry, Image icon) {
        HBox box = new HBox(PaletteEntry.iconView(icon), new Label(entry.label()));
        box.getStyleClass().add("palette-ghost");
        box.setMouseTransparent(true);
        box.setOpacity(0.9);
        box.autosize();
        return box;
    }

    private Point2D visibleCentreInScene() {
        Node node = canvas.node();
        Bounds bounds = node.getLayoutBounds();
        return node.localToScene(bounds.getCenterX(), bounds.getCenterY());
    }
}
