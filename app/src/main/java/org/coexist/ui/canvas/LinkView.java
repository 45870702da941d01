package org.coexist.ui.canvas;

import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.coexist.geometry.Segment;
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
    private final BiFunction<Link, List<Finding>, String> describer;
    private Link link;

    /** @param describer what a screen reader says of the link, given its findings */
    LinkView(Link link, String shortLabel, String roleDescription,
             BiFunction<Link, List<Finding>, String> describer) {
        this.link = link;
        this.describer = describer;
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(roleDescription);
        setAccessibleText(describer.apply(link, List.of()));
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
        setAccessibleText(describer.apply(newLink, marks.findings()));
        label.setText(shortLabel);
        marks.setBaseText(shortLabel);
    }

    /** Draws the link along the segment the geometry gives it, or hides it when there is none. */
    void route(Segment segment) {
        setVisible(segment != null);
        if (segment == null) {
            return;
        }
        Point2D start = new Point2D(segment.x1(), segment.y1());
        Point2D end = new Point2D(segment.x2(), segment.y2());
        hit.setStartX(start.getX());
        hit.setStartY(start.getY());
        hit.setEndX(end.getX());
        hit.setEndY(end.getY());
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

    @Override
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Marks.SELECTED, selected);
    }

    @Override
    public void showFindings(List<Finding> findings) {
        marks.apply(findings, false);
        setAccessibleText(describer.apply(link, marks.findings()));
    }
}
