package org.coexist.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.Document;
import org.coexist.ui.kernel.PaletteItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas driven through the robot, headless, on the fixture's document. */
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasTest {
    private CanvasFixture fixture;
    private Document document;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        fixture = new CanvasFixture();
        document = fixture.document();
        fixture.context.documentProperty().set(document);
        canvas = new DiagramCanvas(fixture.context);
        CanvasFixture.showAtTopLeft(stage, canvas);
    }

    private Topology topology() {
        return document.topology();
    }

    private Point2D at(double x, double y) {
        return canvas.modelToScreen(x, y);
    }

    private void dragTo(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingACardMovesItSnappedToTheGridAsOneUndoableCommand(FxRobot robot) {
        long revision = document.commands().revision();
        dragTo(robot, at(185, 470), at(185 + 47, 470 + 33));
        Element admin = topology().element(CanvasFixture.ADMIN);
        assertEquals(140, admin.x());
        assertEquals(480, admin.y());
        assertEquals(revision + 1, document.commands().revision());
        robot.interact(() -> document.commands().undo());
        assertEquals(100, topology().element(CanvasFixture.ADMIN).x());
        assertEquals(440, topology().element(CanvasFixture.ADMIN).y());
        assertEquals(100, canvas.registry().element(CanvasFixture.ADMIN).box().x());
    }

    @Test
    void draggingACardIntoAnotherForestOrAPoolChangesItsPlacement(FxRobot robot) {
        dragTo(robot, at(725, 150), at(1100, 520));
        Element sql = topology().element(CanvasFixture.SQL);
        assertEquals(CanvasFixture.FABRIKAM, sql.forest());
        assertNull(sql.parent());
        dragTo(robot, at(1100, 520), at(300, 300));
        sql = topology().element(CanvasFixture.SQL);
        assertEquals(CanvasFixture.CONTOSO, sql.forest());
        assertEquals(CanvasFixture.POOL, sql.parent(), "a SQL instance may be a member of a pool");
        dragTo(robot, at(185, 470), at(300, 300));
        Element admin = topology().element(CanvasFixture.ADMIN);
        assertEquals(CanvasFixture.CONTOSO, admin.forest());
        assertNull(admin.parent(), "admin tools may not be members (domain.md, Members)");
    }

    @Test
    void droppingACardOutsideEveryForestSnapsBack(FxRobot robot) {
        long revision = document.commands().revision();
        dragTo(robot, at(185, 470), at(185, 690));
        assertEquals(revision, document.commands().revision());
        assertEquals(440, topology().element(CanvasFixture.ADMIN).y());
        assertEquals(0, canvas.registry().element(CanvasFixture.ADMIN).getTranslateY());
        assertTrue(canvas.isBannerShowing());
    }

    @Test
    void rubberBandSelectsWhatItEncloses(FxRobot robot) {
        dragTo(robot, at(600, 100), at(840, 400));
        assertEquals(Set.of(CanvasFixture.SQL, CanvasFixture.CLIENTS), Set.copyOf(fixture.context.selection().ids()));
    }

    @Test
    void connectingFromTheHandleUsesTheOneFittingKind(FxRobot robot) {
        int links = topology().links().size();
        dragTo(robot, at(269, 210), at(725, 150));
        assertEquals(links + 1, topology().links().size());
        Link added = newest();
        assertEquals(CanvasFixture.ARCHIVING, added.from());
        assertEquals(CanvasFixture.SQL, added.to());
        assertEquals(LinkKind.BACKEND_STORE, added.kind());
    }

    @Test
    void whenSeveralKindsFitEnterTakesTheProposedOne(FxRobot robot) {
        Element from = topology().element(CanvasFixture.POOL);
        Element to = topology().element(CanvasFixture.OLD_POOL);
        assertTrue(fixture.catalog.kindsFor(from, to).size() > 1);
        dragTo(robot, at(479, 123), at(1150, 250));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Link added = newest();
        assertEquals(CanvasFixture.OLD_POOL, added.to());
        assertEquals(fixture.catalog.proposedKind(from, to), added.kind());
    }

    @Test
    void whenSeveralKindsFitClickingAnotherTakesThatOne(FxRobot robot) {
        Element from = topology().element(CanvasFixture.POOL);
        Element to = topology().element(CanvasFixture.OLD_POOL);
        LinkKind other = fixture.catalog.kindsFor(from, to).stream()
                .filter(kind -> kind != fixture.catalog.proposedKind(from, to)).findFirst().orElseThrow();
        dragTo(robot, at(479, 123), at(1150, 250));
        robot.clickOn(fixture.catalog.spec(other).label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, newest().kind());
    }

    @Test
    void aForbiddenTargetIsMarkedAndGetsNoLink(FxRobot robot) {
        int links = topology().links().size();
        robot.moveTo(at(809, 150)).press(MouseButton.PRIMARY).moveTo(at(725, 350));
        WaitForAsyncUtils.waitForFxEvents();
        Node clients = canvas.registry().element(CanvasFixture.CLIENTS);
        assertTrue(clients.getPseudoClassStates().contains(PseudoClass.getPseudoClass("forbidden")));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(links, topology().links().size());
        assertFalse(clients.getPseudoClassStates().contains(PseudoClass.getPseudoClass("forbidden")));
    }

    @Test
    void anUnsupportedLinkIsHighlightedAndFollowsUndoAndRedo(FxRobot robot) {
        Node link = canvas.registry().view(CanvasFixture.HOMED).node();
        assertFalse(link.getStyleClass().contains("error"));
        robot.interact(() -> fixture.context.execute(
                fixture.context.edits().setKind(topology(), CanvasFixture.HOMED, LinkKind.BACKEND_STORE)));
        assertTrue(link.getStyleClass().contains("error"));
        robot.interact(() -> document.commands().undo());
        assertFalse(link.getStyleClass().contains("error"));
        robot.interact(() -> document.commands().redo());
        assertTrue(link.getStyleClass().contains("error"));
    }

    @Test
    void paletteDropsGoIntoTheInnermostContainerOrAreRefused(FxRobot robot) {
        PaletteItem edge = new PaletteItem(ElementType.EDGE_SERVER, ProductVersion.LYNC_2013);
        PaletteItem mediation = new PaletteItem(ElementType.MEDIATION_SERVER, ProductVersion.LYNC_2013);
        AtomicBoolean outside = new AtomicBoolean(true);
        robot.interact(() -> {
            Point2D point = canvas.modelToScene(300, 690);
            outside.set(canvas.drop(edge, point.getX(), point.getY()));
        });
        assertFalse(outside.get());
        assertTrue(robot.lookup(".drop-refused").query().isVisible());
        int elements = topology().elements().size();
        robot.interact(() -> {
            Point2D inForest = canvas.modelToScene(800, 520);
            assertTrue(canvas.drop(edge, inForest.getX(), inForest.getY()));
            Point2D inPool = canvas.modelToScene(300, 300);
            canvas.previewDrop(edge, inPool.getX(), inPool.getY());
            assertFalse(canvas.registry().element(CanvasFixture.POOL).getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("drop-target")), "an Edge Server is never a member");
            assertTrue(canvas.drop(edge, inPool.getX(), inPool.getY()));
            canvas.previewDrop(mediation, inPool.getX(), inPool.getY());
            assertTrue(canvas.registry().element(CanvasFixture.POOL).getPseudoClassStates()
                    .contains(PseudoClass.getPseudoClass("drop-target")));
            assertTrue(canvas.drop(mediation, inPool.getX(), inPool.getY()));
        });
        assertEquals(elements + 3, topology().elements().size());
        List<Element> edges = topology().elements().stream()
                .filter(e -> e.type() == ElementType.EDGE_SERVER).toList();
        assertEquals(CanvasFixture.CONTOSO, edges.get(0).forest());
        assertNull(edges.get(0).parent());
        assertNull(edges.get(1).parent(), "dropped over the pool, it lands in the forest");
        Element member = topology().elements().stream()
                .filter(e -> e.type() == ElementType.MEDIATION_SERVER).findFirst().orElseThrow();
        assertEquals(CanvasFixture.POOL, member.parent());
        assertFalse(canvas.registry().element(CanvasFixture.POOL).getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("drop-target")));
    }

    @Test
    void deleteRemovesTheSelectionAndTheLinksThatTouchIt(FxRobot robot) {
        robot.clickOn(at(725, 160));
        assertEquals(Set.of(CanvasFixture.SQL), Set.copyOf(fixture.context.selection().ids()));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(topology().element(CanvasFixture.SQL));
        Set<String> links = topology().links().stream().map(Link::id).collect(Collectors.toSet());
        assertFalse(links.contains(CanvasFixture.BACKEND));
        assertFalse(links.contains("l4"));
        assertNull(canvas.registry().view(CanvasFixture.BACKEND));
        assertTrue(fixture.context.selection().isEmpty());
    }

    @Test
    void arrowKeysNudgeTheSelectionByTheGrid(FxRobot robot) {
        robot.clickOn(at(725, 160));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(660, topology().element(CanvasFixture.SQL).x());
        assertEquals(121, topology().element(CanvasFixture.SQL).y());
    }

    @Test
    void zoomToFitFramesTheWholeDiagram(FxRobot robot) {
        assertEquals(1.0, canvas.zoomProperty().get());
        robot.interact(canvas::zoomToFit);
        double zoom = canvas.zoomProperty().get();
        assertTrue(zoom < 1.0, "zoom " + zoom);
        Point2D topLeft = canvas.modelToScene(40, 40);
        Point2D bottomRight = canvas.modelToScene(1560, 600);
        Node root = canvas.node();
        assertTrue(root.getLayoutBounds().contains(root.sceneToLocal(topLeft)));
        assertTrue(root.getLayoutBounds().contains(root.sceneToLocal(bottomRight)));
        robot.interact(canvas::zoomIn);
        assertEquals(zoom * 1.25, canvas.zoomProperty().get(), 1e-9);
    }

    @Test
    void theConnectToolConnectsFromAnywhereOnACard(FxRobot robot) {
        robot.interact(() -> canvas.toolProperty().set(org.coexist.ui.kernel.CanvasTool.CONNECT));
        int links = topology().links().size();
        dragTo(robot, at(160, 200), at(725, 150));
        assertEquals(links + 1, topology().links().size());
        assertEquals(CanvasFixture.ARCHIVING, newest().from());
        assertEquals(100, topology().element(CanvasFixture.ARCHIVING).x());
    }

    @Test
    void revealScrollsWhatIsOutOfViewIntoView(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(3));
        Point2D target = new Point2D(1125, 430);
        assertFalse(visible(target));
        robot.interact(() -> canvas.reveal(List.of(CanvasFixture.OLD_SQL)));
        assertTrue(visible(target));
        Point2D centre = canvas.visibleCentre();
        assertEquals(target.getX(), centre.getX(), 2);
        assertEquals(target.getY(), centre.getY(), 2);
    }

    private boolean visible(Point2D model) {
        Node root = canvas.node();
        return root.getLayoutBounds().contains(root.sceneToLocal(canvas.modelToScene(model.getX(), model.getY())));
    }

    private Link newest() {
        Link last = null;
        for (Link link : topology().links()) {
            last = link;
        }
        assertNotNull(last);
        return last;
    }
}
