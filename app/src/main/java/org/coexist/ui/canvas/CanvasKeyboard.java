package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyEvent;
import org.coexist.geometry.Box;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;

/**
 * The canvas from the keyboard: Tab and Shift+Tab step through the forests and elements in reading order (each
 * forest, then its elements by rows, a pool's members right after it), selecting the one reached and scrolling it
 * into view; Ctrl+Tab adds it to the selection instead. Past either end the focus leaves the canvas, as Tab
 * does anywhere else. Connect Selected links two selected elements as the connect gesture would.
 */
final class CanvasKeyboard {
    private static final Comparator<Element> READING_ORDER = Comparator.comparingDouble(Element::y)
            .thenComparingDouble(Element::x);
    private final CanvasParts parts;
    private final KindChooser chooser;
    /** The forest or element Tab reached last; null when the selection moved on without it. */
    private String current;

    CanvasKeyboard(CanvasParts parts, KindChooser chooser) {
        this.parts = parts;
        this.chooser = chooser;
    }

    /** Moves to the next (or, with Shift, the previous) forest or element; consumes the key unless it leaves. */
    void tab(KeyEvent event) {
        Topology topology = parts.topology();
        List<String> order = order(topology);
        if (order.isEmpty()) {
            return;
        }
        int at = order.indexOf(position());
        int next = at < 0 ? (event.isShiftDown() ? order.size() - 1 : 0) : at + (event.isShiftDown() ? -1 : 1);
        if (next < 0 || next >= order.size()) {
            current = null;
            return;
        }
        event.consume();
        current = order.get(next);
        if (event.isShortcutDown() || event.isControlDown()) {
            parts.context().selection().add(List.of(current));
        } else {
            parts.context().selection().select(current);
        }
        Box box = parts.geometry().union(topology, List.of(current));
        parts.viewport().reveal(FxBoxes.bounds(box));
    }

    /** Where Tab starts from: the one it reached last while still selected, else the only one selected. */
    private String position() {
        var selected = parts.context().selection().ids();
        if (current != null && selected.contains(current)) {
            return current;
        }
        return selected.size() == 1 ? selected.iterator().next() : null;
    }

    /** Every forest and element shown in the phase, in reading order. */
    List<String> order(Topology topology) {
        List<String> order = new ArrayList<>();
        for (Forest forest : topology.forests()) {
            if (parts.registry().isPresent(forest.id())) {
                order.add(forest.id());
            }
            List<Element> top = topology.elementsIn(forest.id()).stream().filter(e -> e.parent() == null)
                    .sorted(READING_ORDER).toList();
            top.forEach(element -> addWithMembers(topology, element, order));
        }
        return order;
    }

    private void addWithMembers(Topology topology, Element element, List<String> order) {
        if (parts.registry().isPresent(element.id())) {
            order.add(element.id());
        }
        topology.childrenOf(element.id()).stream().sorted(READING_ORDER)
                .forEach(member -> addWithMembers(topology, member, order));
    }

    /**
     * Links the first selected element to the second with the kind the catalog proposes, or asks which kind when
     * several fit; says why when the selection is not two elements or no kind joins them.
     */
    void connectSelected() {
        DesignerContext context = parts.context();
        Topology topology = parts.topology();
        if (topology == null) {
            return;
        }
        List<Element> chosen = context.selection().ids().stream().map(topology::element)
                .filter(java.util.Objects::nonNull).toList();
        if (chosen.size() != 2) {
            parts.banner().show(context.texts().get("canvas.connectNeedsTwo"));
            return;
        }
        Element from = chosen.get(0);
        Element to = chosen.get(1);
        List<LinkKind> kinds = context.catalog().kindsFor(from, to);
        if (kinds.isEmpty()) {
            parts.banner().show(context.texts().format("canvas.connectNone",
                    context.labels().type(from.type(), from.version()) + " " + from.name(),
                    context.labels().type(to.type(), to.version()) + " " + to.name()));
        } else if (kinds.size() == 1) {
            context.execute(context.edits().connect(topology, from.id(), to.id(), kinds.get(0)));
        } else {
            Box box = parts.geometry().box(to);
            Point2D screen = parts.viewport().world().localToScreen(box.centreX(), box.centreY());
            Bounds view = parts.viewport().node().localToScreen(parts.viewport().node().getLayoutBounds());
            Point2D at = screen != null && view != null && view.contains(screen) ? screen
                    : new Point2D(view == null ? 0 : view.getCenterX(), view == null ? 0 : view.getCenterY());
            chooser.choose(kinds, context.catalog().proposedKind(from, to), at.getX(), at.getY(),
                    kind -> context.execute(context.edits().connect(context.topology(), from.id(), to.id(), kind)));
        }
    }
}
