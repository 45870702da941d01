package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Topology;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.edit.Edit;
import org.coexist.model.edit.EditCommand;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.PaletteItem;

/**
 * Palette entries dragged onto the canvas: a forest goes where it is dropped; an element goes into the innermost
 * pool or forest under the pointer, and is refused, visibly, outside every forest. The new thing is selected.
 */
final class PaletteDrop {
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("drop-refused");
    /** A forest smaller than this cannot hold a pool; the view is scrolled to it instead. */
    private static final double MIN_FOREST_WIDTH = 400;
    private static final double MIN_FOREST_HEIGHT = 280;
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
            command = forestInView(model);
        } else {
            DiagramGeometry.Placement placement = placement(item, sceneX, sceneY);
            if (placement == null) {
                parts.banner().show(context.texts().get("canvas.dropRefused"));
                return false;
            }
            command = elementInside(item, placement, model);
        }
        context.execute(command);
        String added = addedId(command);
        if (added != null) {
            context.selection().select(added);
            if (item.isForest()) {
                // Smaller than the minimum forest, the view cannot hold it: it scrolls to show it whole.
                parts.viewport().reveal(FxBoxes.bounds(parts.geometry().union(context.topology(), List.of(added))));
            }
        }
        return true;
    }

    /**
     * A new forest centred where it was dropped, as large as the default or the visible area allows, and moved
     * so that it lies within the view: the first forest of a design shows whole at any zoom.
     */
    private EditCommand forestInView(Point2D model) {
        Box visible = FxBoxes.box(parts.viewport().visibleModelBounds());
        double grid = DiagramGeometry.GRID;
        // A grid step of room on the left and top; two on the right and bottom, where the scroll bars the new
        // forest brings will take their share of the view.
        double width = fitting(DiagramGeometry.NEW_FOREST_WIDTH, MIN_FOREST_WIDTH, visible.width() - 3 * grid);
        double height = fitting(DiagramGeometry.NEW_FOREST_HEIGHT, MIN_FOREST_HEIGHT, visible.height() - 3 * grid);
        double minX = Math.ceil((visible.x() + grid) / grid) * grid;
        double minY = Math.ceil((visible.y() + grid) / grid) * grid;
        double maxX = Math.floor((visible.maxX() - 2 * grid - width) / grid) * grid;
        double maxY = Math.floor((visible.maxY() - 2 * grid - height) / grid) * grid;
        double x = Math.max(minX, Math.min(maxX, DiagramGeometry.snap(model.getX() - width / 2)));
        double y = Math.max(minY, Math.min(maxY, DiagramGeometry.snap(model.getY() - height / 2)));
        return parts.context().edits().addForest(parts.topology(), x, y, width, height);
    }

    /** The default size, shrunk on the grid to what is available, but not below the minimum. */
    private static double fitting(double preferred, double minimum, double available) {
        double onGrid = Math.floor(available / DiagramGeometry.GRID) * DiagramGeometry.GRID;
        return Math.max(minimum, Math.min(preferred, onGrid));
    }

    /**
     * A new element, of its type's size from the catalog, placed inside its pool or forest where nothing else
     * lies, nearest where it was dropped; the pool and forest grow in the same command when it does not fit.
     */
    private EditCommand elementInside(PaletteItem item, DiagramGeometry.Placement placement, Point2D model) {
        DesignerContext context = parts.context();
        Topology topology = context.topology();
        ElementTypeSpec spec = context.catalog().spec(item.type());
        double width = spec.defaultWidth();
        double height = spec.defaultHeight();
        Containment containment = new Containment(parts.geometry());
        Box at = containment.freeSpot(topology, placement, new Box(DiagramGeometry.snap(model.getX() - width / 2),
                DiagramGeometry.snap(model.getY() - height / 2), width, height));
        EditCommand add = context.edits().addElement(topology, item.type(), item.version(), placement.forestId(),
                placement.poolId(), at.x(), at.y());
        List<Edit> growth = containment.growToHold(topology, placement.forestId(), placement.poolId(), at);
        if (growth.isEmpty()) {
            return add;
        }
        List<Edit> edits = new ArrayList<>(growth);
        edits.addAll(add.edits());
        return new EditCommand(add.name(), edits);
    }

    /** Where the item would go; pools are not put inside pools. */
    private DiagramGeometry.Placement placement(PaletteItem item, double sceneX, double sceneY) {
        Point2D model = parts.viewport().sceneToModel(sceneX, sceneY);
        boolean intoPools = parts.context().catalog().spec(item.type()).member();
        return parts.geometry().placementAt(parts.topology(), model.getX(), model.getY(), Set.of(), intoPools);
    }

    private static String addedId(EditCommand command) {
        for (Edit edit : command.edits()) {
            // Additions only: a drop's command may first grow the container it lands in.
            if (edit instanceof Edit.OfForest of && of.before() == null) {
                return of.after().id();
            }
            if (edit instanceof Edit.OfElement of && of.before() == null) {
                return of.after().id();
            }
        }
        return null;
    }
}
