package org.coexist.ui.canvas;

import java.util.Collection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import java.util.List;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.CanvasTool;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.PaletteItem;

/**
 * The diagram canvas: shows the open document's forests, pools, elements and links, its live findings, and
 * turns pointer and keys into commands. It changes the topology only through {@code context.execute}.
 */
public final class DiagramCanvas implements CanvasControls {
    private final DesignerContext context;
    /** Views of a few hundred elements are cheap at any zoom, and show icons and kinds the overview leaves out. */
    private int overviewFromElements = 300;
    private final StackPane root = new StackPane();
    private final ObjectProperty<CanvasTool> tool = new SimpleObjectProperty<>(this, "tool", CanvasTool.SELECT);
    private final DiagramGeometry geometry;
    private final Viewport viewport = new Viewport();
    private final ViewRegistry registry;
    private final Highlighter highlighter;
    private final OverviewLayer overview;
    private final Banner banner = new Banner();
    private final CanvasInput input;
    private final PaletteDrop drops;
    private final Descriptions descriptions;

    public DiagramCanvas(DesignerContext context) {
        this.context = context;
        this.geometry = new DiagramGeometry(context.catalog());
        this.registry = new ViewRegistry(context, geometry, this::settled);
        this.highlighter = new Highlighter(registry);
        this.overview = new OverviewLayer(context, registry, geometry, viewport);
        java.util.List<Node> layers = new java.util.ArrayList<>();
        layers.add(overview.node());
        layers.addAll(registry.layers());
        viewport.addLayers(layers);
        viewport.setOnVisibleChanged(this::visibleChanged);
        registry.setOnViewsMoved(overview::viewsMoved);
        root.getStyleClass().add("diagram-canvas");
        root.getChildren().addAll(viewport.node(), banner.node());
        CanvasParts parts = new CanvasParts(context, registry, geometry, viewport, banner, overview);
        KindChooser chooser = new KindChooser(context, viewport.node());
        input = new CanvasInput(parts, tool, chooser, Cursors.forbidden());
        drops = new PaletteDrop(parts, root);
        tool.addListener((obs, old, now) -> root.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("connect-tool"), now == CanvasTool.CONNECT));
        descriptions = new Descriptions(context);
        context.selection().ids().addListener((javafx.collections.SetChangeListener<String>) change -> describe());
        context.documentProperty().addListener((obs, old, now) -> show(now));
        context.scope().validationProperty().addListener((obs, old, now) -> {
            highlighter.follow(now);
            overview.follow(now);
        });
        show(context.document());
    }

    private void show(Document document) {
        input.cancel();
        highlighter.follow(null);
        overview.follow(null);
        registry.show(document == null ? null : document.topology());
        overview.show(document == null ? null : document.topology());
        if (document != null) {
            highlighter.follow(context.scope().validation());
            overview.follow(context.scope().validation());
        }
        settled();
    }

    /**
     * What a screen reader says of the canvas: the one forest, element or link selected (Tab selects what it
     * reaches), else how many are.
     */
    private void describe() {
        var selected = context.selection().ids();
        String text = selected.size() == 1 ? descriptions.of(selected.iterator().next()) : null;
        viewport.node().setAccessibleText(text != null ? text : selected.isEmpty()
                ? context.texts().get("a11y.canvas") : context.texts().format("a11y.canvas.several", selected.size()));
    }

    /** After each settled change: the plane and scrollbars follow what the diagram covers. */
    private void settled() {
        describe();
        Document document = context.document();
        viewport.setDiagramBounds(document == null ? null : FxBoxes.bounds(geometry.bounds(document.topology())));
        visibleChanged(viewport.visibleModelBounds());
    }

    /**
     * Level of detail by zoom: below the threshold a large diagram is drawn by the overview in one node and no
     * view is in the scene; above it, or for a diagram small enough to show whole in views (a workshop's sample),
     * only the views near the visible part are.
     */
    private void visibleChanged(javafx.geometry.Bounds visible) {
        Document document = context.document();
        boolean large = document != null && document.topology().elements().size() >= overviewFromElements;
        boolean far = large && viewport.zoomProperty().get() < OverviewLayer.THRESHOLD;
        overview.setActive(far);
        if (far) {
            registry.detachAll();
        } else {
            registry.cull(visible);
        }
    }

    OverviewLayer overview() {
        return overview;
    }

    /** How many elements make a diagram large enough for the overview at low zoom; tests lower it. */
    void overviewFromElements(int elements) {
        overviewFromElements = elements;
        settled();
    }

    /** Where a model point is on the screen now (for tests driving the robot). */
    Point2D modelToScreen(double x, double y) {
        return viewport.world().localToScreen(x, y);
    }

    Point2D modelToScene(double x, double y) {
        return viewport.world().localToScene(x, y);
    }

    ViewRegistry registry() {
        return registry;
    }

    boolean isBannerShowing() {
        return banner.isShowing();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    @Override
    public void zoomIn() {
        viewport.zoomBy(Viewport.STEP);
    }

    @Override
    public void zoomOut() {
        viewport.zoomBy(1 / Viewport.STEP);
    }

    @Override
    public void actualSize() {
        viewport.zoomBy(1 / viewport.zoomProperty().get());
    }

    @Override
    public void zoomToFit() {
        zoomToFitUpTo(1);
    }

    @Override
    public void zoomToFitUpTo(double maxZoom) {
        viewport.fit(context.document() == null ? null : FxBoxes.bounds(geometry.bounds(context.topology())), maxZoom);
    }

    @Override
    public void frame(Collection<String> ids, double maxZoom) {
        Bounds framed = context.document() == null ? null : FxBoxes.bounds(geometry.framed(context.topology(), ids));
        if (framed == null) {
            zoomToFitUpTo(maxZoom);
        } else {
            viewport.fit(framed, maxZoom);
        }
    }

    @Override
    public Bounds sceneBounds(Collection<String> ids) {
        Bounds model = context.document() == null ? null : FxBoxes.bounds(geometry.union(context.topology(), ids));
        return model == null ? null : viewport.world().localToScene(model);
    }

    @Override
    public BooleanProperty showGridProperty() {
        return viewport.showGridProperty();
    }

    @Override
    public ObjectProperty<CanvasTool> toolProperty() {
        return tool;
    }

    @Override
    public void reveal(Collection<String> ids) {
        if (context.document() != null) {
            viewport.reveal(FxBoxes.bounds(geometry.union(context.topology(), ids)));
        }
    }

    @Override
    public void showReadable(Collection<String> ids) {
        if (context.document() != null) {
            viewport.showReadable(FxBoxes.bounds(geometry.union(context.topology(), ids)));
        }
    }

    @Override
    public Point2D visibleCentre() {
        return viewport.visibleCentre();
    }

    @Override
    public void previewDrop(PaletteItem item, double sceneX, double sceneY) {
        drops.preview(item, sceneX, sceneY);
    }

    @Override
    public void endDropPreview() {
        drops.end();
    }

    @Override
    public boolean drop(PaletteItem item, double sceneX, double sceneY) {
        return drops.drop(item, sceneX, sceneY);
    }

    /** Into the selected forest or pool (when one alone is selected and can hold it), else at the view's centre. */
    @Override
    public boolean add(PaletteItem item) {
        Topology topology = context.document() == null ? null : context.topology();
        String selected = context.selection().single().orElse(null);
        Element pool = topology == null || selected == null ? null : topology.element(selected);
        boolean holds = !item.isForest() && topology != null && selected != null
                && (topology.forest(selected) != null || (pool != null && geometry.isContainer(pool)
                && context.catalog().mayHold(pool.type(), item.type())));
        if (!holds) {
            return CanvasControls.super.add(item);
        }
        Box box = geometry.union(topology, List.of(selected));
        Point2D scene = viewport.world().localToScene(box.centreX(),
                box.y() + (box.height() + DiagramGeometry.POOL_HEADER) / 2);
        return drops.drop(item, scene.getX(), scene.getY());
    }

    @Override
    public void connectSelected() {
        if (context.document() != null) {
            input.keyboard().connectSelected();
        }
    }
}
