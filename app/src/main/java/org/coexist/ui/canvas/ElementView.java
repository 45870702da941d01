package org.coexist.ui.canvas;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.ui.kernel.DesignerContext;

/**
 * What cards and pools share: placement at the element's absolute position, the family colour bar, the name,
 * type and version labels, the connection handle, selection and findings. Subclasses lay out their own content.
 */
abstract class ElementView extends BoxView {
    static final double HANDLE_SIZE = 12;

    protected final DesignerContext context;
    protected final DiagramGeometry geometry;
    protected final Region bar = new Region();
    protected final Label name = new Label();
    protected final Label type = new Label();
    protected final Label version = new Label();
    private final Region handle = new Region();
    private Element element;

    ElementView(DesignerContext context, DiagramGeometry geometry, Element element) {
        super(context.texts().get("a11y.role.element"));
        this.context = context;
        this.geometry = geometry;
        this.element = element;
        ElementTypeSpec spec = context.catalog().spec(element.type());
        getStyleClass().addAll("element-view", "palette-" + spec.palette());
        bar.getStyleClass().add("family-bar");
        name.getStyleClass().add("element-name");
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        type.getStyleClass().add("element-type");
        type.setTextOverrun(OverrunStyle.ELLIPSIS);
        version.getStyleClass().add("version-badge");
        version.setAlignment(Pos.CENTER);
        handle.getStyleClass().add("connect-handle");
        handle.resize(HANDLE_SIZE, HANDLE_SIZE);
        handle.setManaged(false);
        detailsOnBadge(context);
    }

    @Override
    protected String title() {
        return element.name();
    }

    /** Adds the handle last so it sits above the content. */
    protected final void finishChildren() {
        getChildren().add(handle);
    }

    @Override
    public String id() {
        return element.id();
    }

    Element element() {
        return element;
    }

    Region handle() {
        return handle;
    }

    /** Shows the element as it now is in the model; a drag in progress is over. */
    void update(Element newElement) {
        element = newElement;
        place(newElement.x(), newElement.y(), geometry.width(newElement), geometry.height(newElement));
        setTooltipText(newElement.name() + "\n" + context.labels().type(newElement.type(), newElement.version()) + ", "
                + context.catalog().label(newElement.version()).label());
        name.setText(newElement.name());
        type.setText(context.labels().type(newElement.type(), newElement.version()));
        version.setText(context.catalog().label(newElement.version()).badge());
        describe();
        requestLayout();
    }

    @Override
    protected String description() {
        return Descriptions.element(context, element, findings());
    }

    /** Where the view is drawn now, in model coordinates, including a drag's offset. */
    Box box() {
        return new Box(getLayoutX() + getTranslateX(), getLayoutY() + getTranslateY(),
                geometry.width(element), geometry.height(element));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        layoutContent(width, getHeight());
        handle.relocate(width - HANDLE_SIZE / 2, handleY() - HANDLE_SIZE / 2);
        layoutBadge(width);
    }

    /** Where, vertically, the connection handle sits on the right edge. */
    protected abstract double handleY();

    protected abstract void layoutContent(double width, double height);

    /** The type's icon, or a coloured glyph with the type's initials when the build lacks the icon. */
    protected Node icon(ElementTypeSpec spec, double size) {
        Image image = context.icons().icon(spec.type());
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            return view;
        }
        Label glyph = new Label(initials(spec.label()));
        glyph.getStyleClass().add("icon-glyph");
        glyph.setMinSize(size, size);
        glyph.setPrefSize(size, size);
        glyph.setMaxSize(size, size);
        return glyph;
    }

    static String initials(String label) {
        StringBuilder letters = new StringBuilder();
        for (String word : label.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && letters.length() < 2) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.isEmpty() ? "?" : letters.toString();
    }
}
