package org.coexist.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.model.edit.Clip;
import org.coexist.model.edit.Edit;
import org.coexist.model.edit.EditCommand;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;

/**
 * Cut, Copy, Paste, Duplicate, Delete and Select All on the selection. The clip is the designer's own (model
 * records, not the system clipboard), so it survives a document switch and pastes into another topology.
 */
public final class ClipboardEdits {
    static final double OFFSET = 20;
    private final DesignerContext context;
    private final CanvasControls canvas;
    private final ObjectProperty<Clip> clip = new SimpleObjectProperty<>(this, "clip");
    private int pastesOfClip;

    public ClipboardEdits(DesignerContext context, CanvasControls canvas) {
        this.context = context;
        this.canvas = canvas;
    }

    public BooleanBinding hasSelection() {
        return Bindings.isNotEmpty(context.selection().ids());
    }

    public BooleanBinding canPaste() {
        return Bindings.createBooleanBinding(() -> clip.get() != null && !clip.get().isEmpty(), clip);
    }

    public void copy() {
        Clip taken = Clip.of(context.topology(), context.selection().ids());
        if (!taken.isEmpty()) {
            clip.set(taken);
            pastesOfClip = 0;
        }
    }

    /** Copy, then a delete named "Cut" in the Edit menu. */
    public void cut() {
        if (context.selection().isEmpty()) {
            return;
        }
        copy();
        List<String> ids = new ArrayList<>(context.selection().ids());
        EditCommand delete = context.edits().delete(context.topology(), ids);
        context.selection().clear();
        context.execute(new EditCommand(context.texts().editNames().format("edit.cut", ids.size()), delete.edits()));
    }

    public void delete() {
        if (!context.selection().isEmpty()) {
            List<String> ids = new ArrayList<>(context.selection().ids());
            context.selection().clear();
            context.execute(context.edits().delete(context.topology(), ids));
        }
    }

    /**
     * Pastes beside the originals (20 px further each time) while they are in this topology, else centred on
     * the visible part of the canvas.
     */
    public void paste() {
        Clip taken = clip.get();
        if (taken == null || taken.isEmpty()) {
            return;
        }
        Topology topology = context.topology();
        double dx;
        double dy;
        if (originalsPresent(topology, taken)) {
            pastesOfClip++;
            dx = OFFSET * pastesOfClip;
            dy = OFFSET * pastesOfClip;
        } else {
            Point2D centre = canvas.visibleCentre();
            double[] bounds = bounds(taken);
            dx = centre.getX() - (bounds[0] + bounds[2]) / 2;
            dy = centre.getY() - (bounds[1] + bounds[3]) / 2;
        }
        String fallback = fallbackForest(topology, canvas.visibleCentre());
        run(context.edits().paste(topology, taken, dx, dy, fallback, "edit.paste"));
    }

    public void duplicate() {
        if (context.selection().isEmpty()) {
            return;
        }
        Topology topology = context.topology();
        Clip taken = Clip.of(topology, context.selection().ids());
        run(context.edits().paste(topology, taken, OFFSET, OFFSET, null, "edit.duplicate"));
    }

    public void selectAll() {
        Topology topology = context.topology();
        Set<String> ids = new LinkedHashSet<>();
        topology.forests().forEach(f -> ids.add(f.id()));
        topology.elements().forEach(e -> ids.add(e.id()));
        topology.links().forEach(l -> ids.add(l.id()));
        // What the phase shown hides is not on the canvas to select.
        ids.removeIf(id -> !context.scope().isShown(id));
        context.selection().select(ids);
    }

    /** Runs the paste and selects what it added, so the user can move the copies at once. */
    private void run(EditCommand command) {
        if (command.isEmpty()) {
            return;
        }
        context.execute(command);
        List<String> added = new ArrayList<>();
        for (Edit edit : command.edits()) {
            if (edit instanceof Edit.OfForest f && f.before() == null) {
                added.add(f.after().id());
            } else if (edit instanceof Edit.OfElement e && e.before() == null) {
                added.add(e.after().id());
            } else if (edit instanceof Edit.OfLink l && l.before() == null) {
                added.add(l.after().id());
            }
        }
        context.selection().select(added);
    }

    private static boolean originalsPresent(Topology topology, Clip clip) {
        for (Forest forest : clip.forests()) {
            if (topology.forest(forest.id()) == null) {
                return false;
            }
        }
        for (Element element : clip.elements()) {
            if (topology.element(element.id()) == null) {
                return false;
            }
        }
        return true;
    }

    /** The forest under the visible centre, else the first one: where elements without their forest go. */
    private static String fallbackForest(Topology topology, Point2D centre) {
        String first = null;
        for (Forest forest : topology.forests()) {
            if (forest.contains(centre.getX(), centre.getY())) {
                return forest.id();
            }
            if (first == null) {
                first = forest.id();
            }
        }
        return first;
    }

    /** minX, minY, maxX, maxY of what the clip holds. */
    private static double[] bounds(Clip clip) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Forest f : clip.forests()) {
            include(b, f.x(), f.y(), f.width(), f.height());
        }
        for (Element e : clip.elements()) {
            include(b, e.x(), e.y(), e.width(), e.height());
        }
        return b;
    }

    private static void include(double[] b, double x, double y, double w, double h) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x + w);
        b[3] = Math.max(b[3], y + h);
    }
}
