package org.coexist.ui.canvas;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.coexist.model.Link;
import org.coexist.rules.Finding;

/**
 * A link: a line from the edge of one element to the edge of the other, an arrowhead at the target, the kind's
 * short label in the middle, and a wide transparent stroke so a click near the line selects it.
 */
final class LinkView extends Group implements ModelView {
    private static final double ARROW_LENGTH = 11;
    private static final double ARROW_HALF_WIDTH = 5;
    private final Line hit = new Line();
    private final Line line = new Line();
    private final Polygon arrow = new Polygon();
    private final Label label = new Label();
    private final Marks marks = new Marks(this);
    private Link link;
    private Bounds routed = new javafx.geometry.BoundingBox(0, 0, 0, 0);

    LinkView(Link link, String shortLabel) {
        this.link = link;
        getStyleClass().add("link");
        hit.getStyleClass().add("link-hit");
        hit.setStroke(Color.TRANSPARENT);
        hit.setStrokeWidth(12);
        line.getStyleClass().add("link-line");
        line.setMouseTransparent(true);
        arrow.getStyleClass().add("link-arrow");
        arrow.setMouseTransparent(true);
        label.getStyleClass().add("link-label");
        label.setText(shortLabel);
        marks.setBaseText(shortLabel);
        getChildren().addAll(hit, line, arrow, label);
    }

    @Override
    public String id() {
        return link.id();
    }

    @Override
    public Node node() {
        return this;
    }

    Link link() {
        return link;
    }

    void update(Link newLink, String shortLabel) {
        link = newLink;
        label.setText(shortLabel);
        marks.setBaseText(shortLabel);
    }

    /** Draws the link between the two boxes, from border to border along the line joining their centres. */
    void route(Bounds from, Bounds to) {
        Point2D[] ends = ends(from, to);
        Point2D start = ends[0];
        Point2D end = ends[1];
        hit.setStartX(start.getX());
        hit.setStartY(start.getY());
        hit.setEndX(end.getX());
        hit.setEndY(end.getY());
        routed = new javafx.geometry.BoundingBox(Math.min(start.getX(), end.getX()),
                Math.min(start.getY(), end.getY()), Math.abs(end.getX() - start.getX()),
                Math.abs(end.getY() - start.getY()));
        Point2D direction = end.subtract(start);
        double length = direction.magnitude();
        Point2D unit = length < 1e-6 ? new Point2D(1, 0) : direction.multiply(1 / length);
        Point2D base = end.subtract(unit.multiply(ARROW_LENGTH));
        line.setStartX(start.getX());
        line.setStartY(start.getY());
        line.setEndX(base.getX());
        line.setEndY(base.getY());
        Point2D normal = new Point2D(-unit.getY(), unit.getX()).multiply(ARROW_HALF_WIDTH);
        arrow.getPoints().setAll(end.getX(), end.getY(), base.getX() + normal.getX(), base.getY() + normal.getY(),
                base.getX() - normal.getX(), base.getY() - normal.getY());
        label.autosize();
        Point2D middle = start.midpoint(end);
        label.relocate(middle.getX() - label.getWidth() / 2, middle.getY() - label.getHeight() / 2);
        label.setVisible(length > 70);
    }

    /** Where the line as last routed starts, on the border of the source, in model coordinates. */
    Point2D start() {
        return new Point2D(hit.getStartX(), hit.getStartY());
    }

    /** Where the line as last routed ends, at the tip of the arrow on the border of the target. */
    Point2D end() {
        return new Point2D(hit.getEndX(), hit.getEndY());
    }

    /** The box of the line as last routed, in model coordinates (cheaper than asking the node for bounds). */
    Bounds routedBounds() {
        return routed;
    }

    /** Where a link between the two boxes starts and ends: on their borders, on the line joining their centres. */
    static Point2D[] ends(Bounds from, Bounds to) {
        Point2D fromCentre = centre(from);
        Point2D toCentre = centre(to);
        return new Point2D[] {border(from, fromCentre, toCentre), border(to, toCentre, fromCentre)};
    }

    private static Point2D centre(Bounds box) {
        return new Point2D(box.getCenterX(), box.getCenterY());
    }

    /** Where the ray from the centre towards the other point leaves the box. */
    private static Point2D border(Bounds box, Point2D centre, Point2D towards) {
        double dx = towards.getX() - centre.getX();
        double dy = towards.getY() - centre.getY();
        if (Math.abs(dx) < 1e-6 && Math.abs(dy) < 1e-6) {
            return centre;
        }
        double halfWidth = box.getWidth() / 2;
        double halfHeight = box.getHeight() / 2;
        double scale = Math.min(Math.abs(dx) < 1e-6 ? Double.MAX_VALUE : halfWidth / Math.abs(dx),
                Math.abs(dy) < 1e-6 ? Double.MAX_VALUE : halfHeight / Math.abs(dy));
        scale = Math.min(scale, 1);
        return new Point2D(centre.getX() + dx * scale, centre.getY() + dy * scale);
    }

    @Override
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Marks.SELECTED, selected);
    }

    @Override
    public void showFindings(List<Finding> findings) {
        marks.apply(findings, false);
    }
}
