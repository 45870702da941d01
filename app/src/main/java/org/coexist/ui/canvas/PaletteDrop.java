package org.coexist.ui.canvas;

import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Topology;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.edit.Edit;
import org.coexist.model.edit.EditCommand;
import org.coexist.ui.DesignerContext;
import org.coexist.ui.PaletteItem;

/**
 * Palette entries dragged onto the canvas: a forest goes where it is dropped; an element goes into the innermost
 * pool or forest under the pointer, and is refused, visibly, outside every forest. The new thing is selected.
 */
final class PaletteDrop {
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("drop-refused");
    private final CanvasParts parts;
    private final Node root;
    private ModelView target;

    PaletteDrop(CanvasParts parts, Node root) {
        this.parts = parts;
        this.root = root;
    }

    void preview(PaletteItem item, double sceneX, double sceneY) {
        end();
        if (parts.context().document() == null || item.isForest()) {
            return;
        }
        DiagramGeometry.Placement placement = placement(item, sceneX, sceneY);
        if (placement == null) {
            root.pseudoClassStateChanged(REFUSED, true);
            return;
        }
        target = placement.poolId() != null ? parts.registry().element(placement.poolId())
                : parts.registry().forest(placement.forestId());
        if (target != null) {
            target.node().pseudoClassStateChanged(Marks.DROP_TARGET, true);
        }
    }

    void end() {
        root.pseudoClassStateChanged(REFUSED, false);
        if (target != null) {
            target.node().pseudoClassStateChanged(Marks.DROP_TARGET, false);
            target = null;
        }
    }

    boolean drop(PaletteItem item, double sceneX, double sceneY) {
        end();
        DesignerContext context = parts.context();
        if (context.document() == null) {
            return false;
        }
        Topology topology = context.topology();
        Point2D model = parts.viewport().sceneToModel(sceneX, sceneY);
        EditCommand command;
        if (item.isForest()) {
            command = context.edits().addForest(topology, DiagramGeometry.snap(model.getX()),
                    DiagramGeometry.snap(model.getY()), DiagramGeometry.NEW_FOREST_WIDTH,
                    DiagramGeometry.NEW_FOREST_HEIGHT);
        } else {
            DiagramGeometry.Placement placement = placement(item, sceneX, sceneY);
            if (placement == null) {
                parts.banner().show(context.texts().get("canvas.dropRefused"));
                return false;
            }
            ElementTypeSpec spec = context.catalog().spec(item.type());
            double width = spec.defaultWidth();
            double height = spec.defaultHeight();
            command = context.edits().addElement(topology, item.type(), item.version(), placement.forestId(),
                    placement.poolId(), DiagramGeometry.snap(model.getX() - width / 2),
                    DiagramGeometry.snap(model.getY() - height / 2));
        }
        context.execute(command);
        String added = addedId(command);
        if (added != null) {
            context.selection().select(added);
        }
        return true;
    }

    /** Where the item would go; pools are not put inside pools. */
    private DiagramGeometry.Placement placement(PaletteItem item, double sceneX, double sceneY) {
        Point2D model = parts.viewport().sceneToModel(sceneX, sceneY);
        boolean intoPools = parts.context().catalog().spec(item.type()).member();
        return parts.geometry().placementAt(parts.topology(), model.getX(), model.getY(), Set.of(), intoPools);
    }

    private static String addedId(EditCommand command) {
        for (Edit edit : command.edits()) {
            if (edit instanceof Edit.OfForest of && of.after() != null) {
                return of.after().id();
            }
            if (edit instanceof Edit.OfElement of && of.after() != null) {
                return of.after().id();
            }
        }
        return null;
    }
}
