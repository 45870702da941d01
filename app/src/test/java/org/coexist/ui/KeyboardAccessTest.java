package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The designer from the keyboard alone: Tab through the canvas, Ctrl+Tab and Connect Selected to link, Enter on a
 * palette entry and on a problem; and what a screen reader is told of elements, links and findings.
 */
class KeyboardAccessTest extends ShellTestBase {

    private ScrollPane canvasPane() {
        return fx(() -> (ScrollPane) window.canvas().node().lookup(".canvas-scroll"));
    }

    private void focusCanvas() {
        fx(() -> canvasPane().requestFocus());
        waitUntil(() -> fx(() -> canvasPane().isFocused()));
    }

    /** Forests in order, each followed by its elements by rows, a pool's members after it: the order Tab takes. */
    private static List<String> readingOrder(Topology topology) {
        Comparator<Element> rows = Comparator.comparingDouble(Element::y).thenComparingDouble(Element::x);
        List<String> order = new ArrayList<>();
        for (Forest forest : topology.forests()) {
            order.add(forest.id());
            topology.elementsIn(forest.id()).stream().filter(e -> e.parent() == null).sorted(rows)
                    .forEach(e -> addWithMembers(topology, e, rows, order));
        }
        return order;
    }

    private static void addWithMembers(Topology topology, Element element, Comparator<Element> rows,
                                       List<String> order) {
        order.add(element.id());
        topology.childrenOf(element.id()).stream().sorted(rows).forEach(m -> addWithMembers(topology, m, rows, order));
    }

    private String selectedOnly() {
        return fx(() -> context.selection().single().orElse(null));
    }

    @Test
    void tabSelectsEachForestAndElementInReadingOrderAndBringsItIntoView(FxRobot robot) {
        assertTrue(load(PresentationModeTest.SAMPLE));
        fx(() -> window.canvas().actualSize());
        focusCanvas();
        List<String> order = fx(() -> readingOrder(topology()));
        assertTrue(order.size() > 6, "a sample with forests and elements");
        for (int i = 0; i < 6; i++) {
            press(robot, KeyCode.TAB);
            String id = order.get(i);
            assertEquals(id, selectedOnly(), "Tab " + (i + 1));
            assertTrue(fx(() -> canvasPane().isFocused()), "the focus stays on the canvas");
            waitUntil(() -> fx(() -> shownInCanvas(id)));
        }
        press(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertEquals(order.get(4), selectedOnly(), "Shift+Tab goes back");
        press(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertEquals(Set.of(order.get(4), order.get(5)), fx(() -> Set.copyOf(context.selection().ids())),
                "Ctrl+Tab adds the next one to the selection");
    }

    /** Whether the view of the id is in the scene and its centre inside the canvas's viewport on screen. */
    private boolean shownInCanvas(String id) {
        Node view = window.canvas().node().lookup("#view-" + id);
        Node viewport = canvasPane().lookup(".viewport");
        if (view == null || view.getScene() == null || viewport == null) {
            return false;
        }
        Bounds box = view.localToScreen(view.getLayoutBounds());
        return viewport.localToScreen(viewport.getLayoutBounds()).contains(box.getCenterX(), box.getCenterY());
    }

    @Test
    void pastTheLastElementTabLeavesTheCanvas(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        focusCanvas();
        press(robot, KeyCode.TAB);
        assertEquals(forest, selectedOnly());
        press(robot, KeyCode.TAB);
        assertEquals(client, selectedOnly());
        press(robot, KeyCode.TAB);
        assertFalse(fx(() -> canvasPane().isFocused()), "the focus went on to the next control");
        assertEquals(client, selectedOnly(), "the selection stays");
    }

    @Test
    void connectSelectedLinksTheFirstSelectedElementToTheSecond(FxRobot robot) {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String pool = addElement(forest, ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        fx(() -> context.execute(context.edits().move(topology(), List.of(pool), 0, 100)));
        focusCanvas();
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        assertEquals(client, selectedOnly(), "the client is above the pool, so first in reading order");
        press(robot, KeyCode.CONTROL, KeyCode.L);
        assertTrue(fx(() -> topology().links().isEmpty()), "one element selected: nothing to connect");
        assertEquals(context.texts().get("canvas.connectNeedsTwo"),
                fx(() -> ((javafx.scene.control.Label) window.canvas().node().lookup(".drop-refused")).getText()),
                "a banner says what to do");

        press(robot, KeyCode.CONTROL, KeyCode.TAB);
        assertEquals(List.of(client, pool), fx(() -> List.copyOf(context.selection().ids())));
        press(robot, KeyCode.CONTROL, KeyCode.L);
        assertTrue(fx(() -> CATALOG.kindsFor(topology().element(client), topology().element(pool)).size() > 1),
                "several kinds fit: the chooser asks, the proposed one first");
        press(robot, KeyCode.ENTER);
        List<Link> links = fx(() -> List.copyOf(topology().links()));
        assertEquals(1, links.size(), "Connect Selected made the link");
        assertEquals(client, links.get(0).from());
        assertEquals(pool, links.get(0).to());
        assertEquals(LinkKind.HOMED_ON, links.get(0).kind(), "the kind the catalog proposes");
        fx(() -> window.canvas().zoomToFit());
        String view = fx(() -> window.canvas().node().lookup("#view-" + links.get(0).id()).getAccessibleText());
        assertEquals(context.texts().format("a11y.link", context.labels().kind(LinkKind.HOMED_ON),
                topology().element(client).name(), topology().element(pool).name()), view);
    }

    @Test
    void enterOnAPaletteEntryAddsItToTheSelectedForest(FxRobot robot) {
        String forest = addForest();
        fx(() -> context.selection().select(forest));
        fx(() -> window.root().lookup("#palette-EDGE_SERVER").requestFocus());
        press(robot, KeyCode.ENTER);
        Element edge = fx(() -> topology().elements().stream().filter(e -> e.type() == ElementType.EDGE_SERVER)
                .findFirst().orElse(null));
        assertNotNull(edge, "Enter added an Edge Server");
        assertEquals(forest, edge.forest());
        assertEquals(edge.id(), selectedOnly(), "and selected it, as a drop does");
    }

    @Test
    void elementsLinksAndFindingsSayWhatTheyAreToAScreenReader(FxRobot robot) {
        assertTrue(load(PresentationModeTest.SAMPLE));
        TableView<Finding> table = fx(() -> window.problems().table());
        Finding finding = fx(() -> table.getItems().get(0));
        String subject = finding.subjects().get(0);
        fx(() -> context.selection().select(subject));
        String canvasText = fx(() -> canvasPane().getAccessibleText());
        assertTrue(canvasText.contains(finding.message()), "the canvas tells the selected one's findings: " + canvasText);
        assertTrue(canvasText.contains("Warning: ") || canvasText.contains("Error: "), canvasText);

        Element element = fx(() -> topology().elements().iterator().next());
        fx(() -> window.canvas().zoomToFit());
        String elementText = fx(() -> window.canvas().node().lookup("#view-" + element.id()).getAccessibleText());
        assertTrue(elementText.startsWith(fx(() -> context.labels().type(element.type(), element.version()))
                + " " + element.name()), elementText);

        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        String rowText = fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n.getAccessibleText() != null).findFirst().map(Node::getAccessibleText).orElse(""));
        assertTrue(rowText.contains(finding.rule()) && rowText.contains(finding.message()), rowText);
        fx(() -> context.selection().clear());
        press(robot, KeyCode.ENTER);
        assertEquals(Set.copyOf(finding.subjects()), fx(() -> Set.copyOf(context.selection().ids())),
                "Enter on a problem selects its subjects, as a double click does");
    }
}
