package org.coexist.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.transform.Scale;
import org.coexist.geometry.Box;
import org.coexist.model.Element;
import org.coexist.model.LinkKind;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.ui.kernel.DesignerContext;

/**
 * Draws a rubber line from an element; the element under the pointer shows whether the catalog allows a link to
 * it (:acceptable) or not (:forbidden, with the reason under it, and again in the banner when let go there). On
 * release over an acceptable element the one fitting kind is used, or the chooser offers the fitting kinds with the
 * proposed one first.
 */
final class ConnectGesture implements Gesture {
    private static final double REFUSAL_WIDTH = 320;
    private final CanvasParts parts;
    private final KindChooser chooser;
    private final Cursor forbiddenCursor;
    private final Element from;
    private final Line rubber = new Line();
    /** Why the element under the pointer cannot be linked to, right under it (issue 9: a red target said nothing). */
    private final Label refusal = new Label();
    private ElementView marked;

    ConnectGesture(CanvasParts parts, KindChooser chooser, Cursor forbiddenCursor, Element from) {
        this.parts = parts;
        this.chooser = chooser;
        this.forbiddenCursor = forbiddenCursor;
        this.from = from;
        Box box = parts.registry().element(from.id()).box();
        rubber.getStyleClass().add("rubber-line");
        rubber.setMouseTransparent(true);
        rubber.setStartX(box.centreX());
        rubber.setStartY(box.centreY());
        rubber.setEndX(box.centreX());
        rubber.setEndY(box.centreY());
        refusal.getStyleClass().add("connect-refusal");
        refusal.setId("connect-refusal");
        refusal.setMouseTransparent(true);
        refusal.setWrapText(true);
        refusal.setMaxWidth(REFUSAL_WIDTH);
        refusal.setVisible(false);
        parts.viewport().overlay().getChildren().addAll(rubber, refusal);
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
        if (!acceptable) {
            showRefusal(target, view.box());
        }
    }

    /** "No link kind joins an Edge Server to a SQL Server Instance", under the target, in screen-sized type. */
    private void showRefusal(Element target, Box box) {
        refusal.setText(refusalText(target));
        double scale = 1 / parts.viewport().zoomProperty().get();
        refusal.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        // Under the target, moved left as far as it takes for the whole note to stay in the view.
        refusal.applyCss();
        double width = Math.min(REFUSAL_WIDTH, refusal.prefWidth(-1)) * scale;
        javafx.geometry.Bounds visible = parts.viewport().visibleModelBounds();
        double x = Math.max(visible.getMinX() + 4 * scale, Math.min(box.x(), visible.getMaxX() - width - 8 * scale));
        refusal.relocate(x, box.maxY() + 6 * scale);
        refusal.setVisible(true);
    }

    private String refusalText(Element target) {
        CatalogLabels labels = parts.context().labels();
        return parts.context().texts().format("canvas.connectRefused",
                labels.indefinite(from.type(), from.version()), labels.indefinite(target.type(), target.version()));
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
        if (kinds.isEmpty()) {
            // Let go on a red target: the reason stays a moment longer, at the top of the canvas.
            parts.banner().show(refusalText(to));
        } else if (kinds.size() == 1) {
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
        parts.viewport().overlay().getChildren().removeAll(rubber, refusal);
        parts.viewport().node().setCursor(null);
    }

    private List<LinkKind> kinds(Element to) {
        return parts.context().catalog().kindsFor(from, to);
    }

    private void unmark() {
        refusal.setVisible(false);
        if (marked != null) {
            marked.pseudoClassStateChanged(Marks.ACCEPTABLE, false);
            marked.pseudoClassStateChanged(Marks.FORBIDDEN, false);
        }
    }
}
