package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.io.TopologyWriter;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.ui.files.BundledSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The canvas and the exported SVG put every forest, pool, card and link end at the same place, box by box: for every
 * bundled sample, and for a design whose forest and pool come from the palette (they get the catalog's size).
 */
class OneGeometryTest extends ShellTestBase {
    private static final double TOLERANCE = 0.01;
    @TempDir
    Path dir;

    @Test
    void everySampleIsExportedWhereTheCanvasDrawsIt(FxRobot robot) throws Exception {
        List<BundledSamples.Sample> samples = new BundledSamples(CATALOG).samples();
        assertTrue(samples.size() >= 5, "the bundled samples");
        for (BundledSamples.Sample sample : samples) {
            fireMenuItem(robot, "menu-file", "menu-openSample", "sample-" + sample.fileName()
                    .replace(".coexist.json", ""));
            waitUntil(() -> fx(() -> sample.name().equals(topology().name())));
            int compared = assertCanvasMatchesExport(robot, sample.fileName());
            assertEquals(fx(() -> topology().forests().size() + topology().elements().size()
                    + topology().links().size()), compared, sample.fileName() + ": every box and link compared");
        }
    }

    @Test
    void poolsDroppedFromThePaletteAreExportedAtTheirCanvasSize(FxRobot robot) throws Exception {
        Bounds canvas = fx(() -> window.canvas().node().localToScreen(window.canvas().node().getLayoutBounds()));
        robot.drag("#palette-FOREST", MouseButton.PRIMARY)
                .moveTo(new Point2D(canvas.getMinX() + 30, canvas.getMinY() + 30)).release(MouseButton.PRIMARY);
        press(robot, KeyCode.CONTROL, KeyCode.MINUS);
        Bounds forest = screenBoundsOf(".forest");
        robot.drag("#palette-FRONT_END_POOL", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getMinX() + forest.getWidth() * 0.35, forest.getMinY() + 120))
                .release(MouseButton.PRIMARY);
        Bounds pool = screenBoundsOf(".pool");
        robot.drag("#palette-MEDIATION_SERVER", MouseButton.PRIMARY)
                .moveTo(new Point2D(pool.getCenterX(), pool.getMaxY() - 30)).release(MouseButton.PRIMARY);
        robot.drag("#palette-EDGE_SERVER", MouseButton.PRIMARY)
                .moveTo(new Point2D(forest.getMaxX() - 90, forest.getMaxY() - 50)).release(MouseButton.PRIMARY);

        Element droppedPool = only(ElementType.FRONT_END_POOL);
        Element member = only(ElementType.MEDIATION_SERVER);
        Element edge = only(ElementType.EDGE_SERVER);
        assertEquals(droppedPool.id(), member.parent(), "the role went into the pool");
        assertEquals(340.0, droppedPool.width(), "the pool has the catalog's size from the start");
        assertEquals(200.0, droppedPool.height());
        LinkKind kind = CATALOG.proposedKind(edge, droppedPool);
        assertNotNull(kind, "an Edge Server connects to a pool");
        fx(() -> context.execute(context.edits().connect(topology(), edge.id(), droppedPool.id(), kind)));

        assertEquals(5, assertCanvasMatchesExport(robot, "dropped"));
        Map<String, double[]> exported = exportedBoxes(dir.resolve("dropped.svg"));
        double[] poolBox = exported.get("pool " + droppedPool.id());
        assertNotNull(poolBox, "the pool is exported as a container, not as a card");
        double[] memberBox = exported.get("element " + member.id());
        assertTrue(memberBox[0] >= poolBox[0] && memberBox[1] >= poolBox[1]
                && memberBox[0] + memberBox[2] <= poolBox[0] + poolBox[2]
                && memberBox[1] + memberBox[3] <= poolBox[1] + poolBox[3], "the member is inside its pool in the SVG");
    }

    /** A file saved before new elements got their size: its pool has none, and both draw it at the catalog's. */
    @Test
    void aPoolSavedWithoutASizeIsDrawnAndExportedAlike(FxRobot robot) throws Exception {
        Topology saved = new Topology("Saved without sizes");
        saved.addForest(new Forest("f", "contoso.local", 0, 0, 800, 500));
        saved.addElement(new Element("p", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01", "f",
                null, 40, 60, 0, 0, Map.of(), Map.of()));
        saved.addElement(new Element("m", ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2013, "med01", "f",
                "p", 60, 160, 0, 0, Map.of(), Map.of()));
        saved.addElement(new Element("s", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01", "f", null,
                500, 300, 0, 0, Map.of(), Map.of()));
        saved.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p", "s"));
        saved.addLink(new Link("l2", LinkKind.HOMED_ON, "m", "p"));
        Path file = dir.resolve("saved.coexist.json");
        new TopologyWriter().write(saved, file);
        dialogs.filesToOpen.add(file);
        fireMenuItem(robot, "menu-file", "menu-open");
        waitUntil(() -> fx(() -> "Saved without sizes".equals(topology().name())));

        assertEquals(6, assertCanvasMatchesExport(robot, "saved"));
        double[] pool = exportedBoxes(dir.resolve("saved.svg")).get("pool p");
        assertNotNull(pool, "a pool without a size is a container in the export too");
        assertEquals(340, pool[2], TOLERANCE);
        assertEquals(200, pool[3], TOLERANCE);
    }

    private Element only(ElementType type) {
        return fx(() -> topology().elements().stream().filter(e -> e.type() == type).findFirst().orElseThrow(
                () -> new AssertionError("no " + type + " was dropped")));
    }

    /** Shows the whole diagram, exports it as SVG through File > Export and compares; returns how many it compared. */
    private int assertCanvasMatchesExport(FxRobot robot, String name) throws Exception {
        fx(() -> context.phaseProperty().set(null));
        fx(() -> window.canvas().zoomToFit());
        Path svg = dir.resolve(name.replace(".coexist.json", "") + ".svg");
        dialogs.exportFiles.add(svg);
        fireMenuItem(robot, "menu-file", "menu-export", "menu-exportSvg");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        Map<String, double[]> exported = exportedBoxes(svg);
        Topology topology = topology();
        int compared = 0;
        for (Forest forest : fx(() -> List.copyOf(topology.forests()))) {
            assertSame(name, "forest " + forest.id(), canvasBox(forest.id()), exported.get("forest " + forest.id()));
            compared++;
        }
        for (Element element : fx(() -> List.copyOf(topology.elements()))) {
            double[] box = exported.containsKey("pool " + element.id()) ? exported.get("pool " + element.id())
                    : exported.get("element " + element.id());
            assertSame(name, "element " + element.id(), canvasBox(element.id()), box);
            boolean container = CATALOG.spec(element.type()).container();
            assertEquals(container, exported.containsKey("pool " + element.id()),
                    name + ": " + element.id() + " is a container in the export exactly when it is one on the canvas");
            compared++;
        }
        for (Link link : fx(() -> List.copyOf(topology.links()))) {
            double[] ends = canvasEnds(link.id());
            double[] exportedEnds = exported.get("link " + link.id());
            if (ends != null || exportedEnds != null) {
                assertSame(name, "link " + link.id(), ends, exportedEnds);
            }
            compared++;
        }
        return compared;
    }

    private static void assertSame(String name, String what, double[] canvas, double[] export) {
        assertNotNull(canvas, name + ": " + what + " is on the canvas");
        assertNotNull(export, name + ": " + what + " is in the export");
        for (int i = 0; i < 4; i++) {
            assertEquals(canvas[i], export[i], TOLERANCE, name + ": " + what + " canvas " + java.util.Arrays
                    .toString(canvas) + " export " + java.util.Arrays.toString(export));
        }
    }

    /** Where the forest's or element's view is drawn, in model coordinates: x, y, width, height. */
    private double[] canvasBox(String id) {
        return fx(() -> {
            Node node = window.canvas().node().lookup("#view-" + id);
            if (!(node instanceof Region view)) {
                return null;
            }
            return new double[] {view.getLayoutX() + view.getTranslateX(), view.getLayoutY() + view.getTranslateY(),
                view.getWidth(), view.getHeight()};
        });
    }

    /** Where the link's view starts and ends, in model coordinates; null when it is not drawn. */
    private double[] canvasEnds(String id) {
        return fx(() -> {
            Node node = window.canvas().node().lookup("#view-" + id);
            if (node == null || !node.isVisible()) {
                return null;
            }
            Line hit = (Line) node.lookup(".link-hit");
            return new double[] {hit.getStartX(), hit.getStartY(), hit.getEndX(), hit.getEndY()};
        });
    }

    /**
     * Each group of the SVG by its title ("element e1", "pool p1", "forest f1", "link l1"): a box's first rectangle
     * as x, y, width, height; a link's start (its line's first point) and end (its arrow's tip) as x1, y1, x2, y2.
     */
    private static Map<String, double[]> exportedBoxes(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        Map<String, double[]> boxes = new HashMap<>();
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
            org.w3c.dom.Node first = group.getFirstChild();
            while (first != null && first.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
                first = first.getNextSibling();
            }
            if (first == null || !"title".equals(first.getNodeName())) {
                continue;
            }
            String title = first.getTextContent();
            if (title.startsWith("link ")) {
                org.w3c.dom.Element line = (org.w3c.dom.Element) group.getElementsByTagName("line").item(0);
                NodeList arrows = group.getElementsByTagName("polygon");
                double[] ends = {number(line, "x1"), number(line, "y1"), number(line, "x2"), number(line, "y2")};
                if (arrows.getLength() > 0) {
                    String[] tip = ((org.w3c.dom.Element) arrows.item(0)).getAttribute("points").split(" ")[0]
                            .split(",");
                    ends[2] = Double.parseDouble(tip[0]);
                    ends[3] = Double.parseDouble(tip[1]);
                }
                boxes.put(title, ends);
            } else {
                org.w3c.dom.Element rect = (org.w3c.dom.Element) group.getElementsByTagName("rect").item(0);
                boxes.put(title, new double[] {number(rect, "x"), number(rect, "y"), number(rect, "width"),
                    number(rect, "height")});
            }
        }
        return boxes;
    }

    private static double number(org.w3c.dom.Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private Bounds screenBoundsOf(String selector) {
        waitUntil(() -> fx(() -> window.root().lookup(selector) != null));
        return fx(() -> {
            Node node = window.root().lookup(selector);
            return node.localToScreen(node.getLayoutBounds());
        });
    }

    /** Fires a menu item as choosing it would (a lingering submenu popup of another test cannot catch the click). */
    private void fireMenuItem(FxRobot robot, String... path) {
        fx(() -> {
            MenuBar bar = (MenuBar) robot.lookup(".main-menu-bar").match(n -> n.getScene() == stage.getScene())
                    .query();
            List<MenuItem> items = new ArrayList<>(bar.getMenus());
            MenuItem found = null;
            for (String id : path) {
                found = items.stream().filter(m -> id.equals(m.getId())).findFirst()
                        .orElseThrow(() -> new AssertionError("no menu item " + id));
                items = found instanceof Menu menu ? menu.getItems() : List.of();
            }
            found.fire();
        });
    }
}
