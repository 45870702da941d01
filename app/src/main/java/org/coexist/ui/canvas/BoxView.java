package org.coexist.ui.canvas;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.coexist.rules.Finding;
import org.coexist.ui.kernel.DesignerContext;

/**
 * What forests and elements share: a fixed-size box placed at model coordinates, the selected mark, and the
 * findings' highlight, tooltip and count badge at the top right corner.
 */
abstract class BoxView extends Region implements ModelView {
    private final Marks marks = new Marks(this);
    private Label badge;
    private DesignerContext badgeContext;

    BoxView(String roleDescription) {
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(roleDescription);
    }

    @Override
    public Node node() {
        return this;
    }

    /** Sizes and places the box as the model has it; a drag in progress is over. */
    protected final void place(double x, double y, double width, double height) {
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        relocate(x, y);
        setTranslateX(0);
        setTranslateY(0);
    }

    /** The tooltip's first lines, before any findings. */
    protected final void setTooltipText(String text) {
        marks.setBaseText(text);
    }

    @Override
    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Marks.SELECTED, selected);
    }

    @Override
    public void showFindings(List<Finding> findings) {
        Label now = marks.apply(findings, true);
        describe();
        if (now != null && badge == null) {
            badge = now;
            badge.setManaged(false);
            if (badgeContext != null) {
                // A click on the count opens the findings' details beside it.
                badge.setMouseTransparent(false);
                badge.setOnMouseClicked(e -> FindingPopOver.show(badgeContext, title(), marks.findings(), badge));
            }
            getChildren().add(badge);
        }
        requestLayout();
    }

    /** Lets a click on the findings badge open their details (the context gives texts and sources). */
    protected final void detailsOnBadge(DesignerContext context) {
        badgeContext = context;
    }

    /** What the details of this box's findings are headed with: its name. */
    protected abstract String title();

    /** The findings shown now. */
    protected final List<Finding> findings() {
        return marks.findings();
    }

    /** What a screen reader says of the view: what it is and the findings about it. */
    protected abstract String description();

    /** Says it again: the model or the findings changed. */
    protected final void describe() {
        setAccessibleText(description());
    }

    /** Puts the badge, if any, astride the top right corner. */
    protected final void layoutBadge(double width) {
        if (badge != null) {
            badge.autosize();
            badge.relocate(width - badge.getWidth() + 4, -8);
        }
    }
}
