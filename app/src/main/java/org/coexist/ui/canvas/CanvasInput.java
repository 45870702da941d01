package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.CanvasTool;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Selection;

/**
 * Turns pointer and keyboard input on the canvas into gestures and commands: decides on each press which
 * gesture starts (move, rubber band, connect, resize, pan), feeds it the drags, and ends it on release.
 */
final class CanvasInput {
    private final CanvasParts parts;
    private final ObjectProperty<CanvasTool> tool;
    private final KindChooser chooser;
    private final Cursor forbiddenCursor;
    private final CanvasKeyboard keyboard;
    private Gesture gesture;
    private String selectOnClick;
    private boolean spaceDown;

    CanvasInput(CanvasParts parts, ObjectProperty<CanvasTool> tool, KindChooser chooser, Cursor forbiddenCursor) {
        this.parts = parts;
        this.tool = tool;
        this.chooser = chooser;
        this.forbiddenCursor = forbiddenCursor;
        this.keyboard = new CanvasKeyboard(parts, chooser);
        ScrollPane pane = parts.viewport().node();
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        pane.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        pane.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    CanvasKeyboard keyboard() {
        return keyboard;
    }

    /** Ends any gesture without a change (the document is going away). */
    void cancel() {
        if (gesture != null) {
            gesture.cancel();
            gesture = null;
        }
    }

    private void pressed(MouseEvent event) {
        if (!(event.getTarget() instanceof Node target) || !inWorld(target) || parts.context().document() == null) {
            return;
        }
        parts.viewport().node().requestFocus();
        cancel();
        event.consume();
        Point2D model = model(event);
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(parts.viewport(), event);
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean adding = event.isShiftDown() || event.isShortcutDown() || event.isControlDown();
        // In the overview no view is in the scene: what lies under the pointer comes from the views' boxes.
        boolean overview = parts.overview().isActive();
        ModelView view = overview ? parts.overview().viewAt(model) : parts.registry().owner(target);
        Topology topology = parts.topology();
        if (view instanceof ElementView element) {
            if (tool.get() == CanvasTool.CONNECT || isWithin(target, element.handle())) {
                gesture = new ConnectGesture(parts, chooser, forbiddenCursor, topology.element(element.id()));
            } else if (element instanceof PoolView pool && isWithin(target, pool.resizeHandle())) {
                gesture = new ResizeGesture(parts, element.id(), model);
            } else {
                startMove(element.id(), adding, model);
            }
        } else if (view instanceof ForestView forest) {
            if (isWithin(target, forest.resizeHandle())) {
                gesture = new ResizeGesture(parts, forest.id(), model);
            } else if (overview ? parts.overview().onHeader(forest, model)
                    : forest.onHeader(forest.sceneToLocal(event.getSceneX(), event.getSceneY()).getY())) {
                startMove(forest.id(), adding, model);
            } else {
                gesture = new RubberBandGesture(parts, model, adding, forest.id());
            }
        } else if (view instanceof LinkView link) {
            pick(link.id(), adding);
        } else {
            gesture = new RubberBandGesture(parts, model, adding, null);
        }
    }

    /** Selects per the modifiers, then drags the selection if what was pressed is (still) in it. */
    private void startMove(String id, boolean adding, Point2D model) {
        Selection selection = parts.context().selection();
        selectOnClick = null;
        if (adding) {
            selection.toggle(id);
        } else if (!selection.contains(id)) {
            selection.select(id);
        } else {
            selectOnClick = id;
        }
        if (!selection.contains(id)) {
            return;
        }
        List<String> movable = new ArrayList<>();
        Topology topology = parts.topology();
        for (String selected : selection.ids()) {
            if (topology.forest(selected) != null || topology.element(selected) != null) {
                movable.add(selected);
            }
        }
        gesture = new MoveGesture(parts, movable, id, model);
    }

    private void pick(String id, boolean adding) {
        if (adding) {
            parts.context().selection().toggle(id);
        } else {
            parts.context().selection().select(id);
        }
    }

    private void dragged(MouseEvent event) {
        if (gesture != null) {
            event.consume();
            gesture.drag(model(event), event);
        }
    }

    private void released(MouseEvent event) {
        if (gesture == null) {
            return;
        }
        event.consume();
        Gesture ending = gesture;
        gesture = null;
        ending.release(model(event), event);
        if (ending instanceof MoveGesture move && !move.dragged() && selectOnClick != null) {
            parts.context().selection().select(selectOnClick);
        }
        selectOnClick = null;
    }

    private void keyPressed(KeyEvent event) {
        DesignerContext context = parts.context();
        if (context.document() == null) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            if (gesture != null) {
                cancel();
            } else {
                context.selection().clear();
            }
            event.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            if (!context.selection().isEmpty()) {
                context.execute(context.edits().delete(context.topology(), List.copyOf(context.selection().ids())));
            }
            event.consume();
        } else if (code == KeyCode.TAB && gesture == null) {
            keyboard.tab(event);
        } else if (code.isArrowKey() && !event.isShortcutDown() && !event.isAltDown()) {
            // Ctrl or Alt with an arrow steps through the phases; plain and Shift arrows nudge.
            nudge(event);
        }
    }

    private void nudge(KeyEvent event) {
        double step = event.isShiftDown() ? 1 : DiagramGeometry.GRID;
        double dx = switch (event.getCode()) {
            case LEFT, KP_LEFT -> -step;
            case RIGHT, KP_RIGHT -> step;
            default -> 0;
        };
        double dy = switch (event.getCode()) {
            case UP, KP_UP -> -step;
            case DOWN, KP_DOWN -> step;
            default -> 0;
        };
        Topology topology = parts.topology();
        List<String> movable = parts.context().selection().ids().stream()
                .filter(id -> topology.forest(id) != null || topology.element(id) != null).toList();
        if (!movable.isEmpty()) {
            parts.context().execute(parts.context().edits().nudge(topology, movable, dx, dy));
            event.consume();
        }
    }

    private void keyReleased(KeyEvent event) {
        if (event.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            event.consume();
        }
    }

    private Point2D model(MouseEvent event) {
        return parts.viewport().sceneToModel(event.getSceneX(), event.getSceneY());
    }

    private boolean inWorld(Node node) {
        return isWithin(node, parts.viewport().world());
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }
}
