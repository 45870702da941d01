package org.coexist.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import org.coexist.model.Element;
import org.coexist.model.LinkKind;
import org.coexist.ui.DesignerContext;

/**
 * Draws a rubber line from an element; the element under the pointer shows whether the catalog allows a link to
 * it (:acceptable) or not (:forbidden). On release over an acceptable element the one fitting kind is used, or
 * the chooser offers the fitting kinds with the proposed one first.
 */
final class ConnectGesture implements Gesture {
    private final CanvasParts parts;
    private final KindChooser chooser;
    private final Cursor forbiddenCursor;
    private final Element from;
    private final Line rubber = new Line();
    private ElementView marked;

    ConnectGesture(CanvasParts parts, KindChooser chooser, Cursor forbiddenCursor, Element from) {
        this.parts = parts;
        this.chooser = chooser;
        this.forbiddenCursor = forbiddenCursor;
        this.from = from;
        org.coexist.geometry.Box box = parts.registry().element(from.id()).box();
        rubber.getStyleClass().add("rubber-line");
        rubber.setMouseTransparent(true);
        rubber.setStartX(box.centreX());
        rubber.setStartY(box.centreY());
        rubber.setEndX(box.centreX());
        rubber.setEndY(box.centreY());
        parts.viewport().overlay().getChildren().add(rubber);
        parts.viewport().node().setCursor(Cursor.CROSSHAIR);
    }

    @Override
    public void drag(Point2D model, MouseEvent event) {
        rubber.setEndX(model.getX());
        rubber.setEndY(model.getY());
        Element target = parts.geometry().elementAt(parts.topology(), model.getX(), model.getY());
        ElementView view = target == null || target.id().equals(from.id()) ? null
                : parts.registry().element(target.id());
        if (view == marked) {
            // Still over the same element (or still over none): its marks and the cursor already say it all.
            return;
        }
        unmark();
        marked = view;
        if (view == null) {
            parts.viewport().node().setCursor(Cursor.CROSSHAIR);
            return;
        }
        boolean acceptable = !kinds(target).isEmpty();
        view.pseudoClassStateChanged(Marks.ACCEPTABLE, acceptable);
        view.pseudoClassStateChanged(Marks.FORBIDDEN, !acceptable);
        parts.viewport().node().setCursor(acceptable ? Cursor.HAND : forbiddenCursor);
    }

    @Override
    public void release(Point2D model, MouseEvent event) {
        ElementView target = marked;
        cancel();
        if (target == null) {
            return;
        }
        Element to = parts.topology().element(target.id());
        List<LinkKind> kinds = kinds(to);
        DesignerContext context = parts.context();
        if (kinds.size() == 1) {
            context.execute(context.edits().connect(context.topology(), from.id(), to.id(), kinds.get(0)));
        } else if (kinds.size() > 1) {
            LinkKind proposed = context.catalog().proposedKind(from, to);
            chooser.choose(kinds, proposed, event.getScreenX(), event.getScreenY(), kind -> context.execute(
                    context.edits().connect(context.topology(), from.id(), to.id(), kind)));
        }
    }

    @Override
    public void cancel() {
        unmark();
        marked = null;
        parts.viewport().overlay().getChildren().remove(rubber);
        parts.viewport().node().setCursor(null);
    }

    private List<LinkKind> kinds(Element to) {
        return parts.context().catalog().kindsFor(from, to);
    }

    private void unmark() {
        if (marked != null) {
            marked.pseudoClassStateChanged(Marks.ACCEPTABLE, false);
            marked.pseudoClassStateChanged(Marks.FORBIDDEN, false);
        }
    }
}
