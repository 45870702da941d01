package org.coexist.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom to Fit framing, and the overview drawn below the detail threshold: picking, dragging, colours. */
@ExtendWith(ApplicationExtension.class)
class CanvasOverviewTest {
    /** The fixture's diagram: both forests, (40, 40) to (1560, 600). */
    private static final Point2D DIAGRAM_CENTRE = new Point2D(800, 320);
    private static final double LOW_ZOOM = 0.3;
    private CanvasFixture fixture;
    private Document document;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        fixture = new CanvasFixture();
        document = fixture.document();
        fixture.context.documentProperty().set(document);
        canvas = new DiagramCanvas(fixture.context);
        // The fixture is small; the overview is for large diagrams, so let it take over here too.
        canvas.overviewFromElements(0);
        CanvasFixture.showAtTopLeft(stage, canvas);
    }

    private Topology topology() {
        return document.topology();
    }

    @Test
    void zoomToFitCentresTheDiagram(FxRobot robot) {
        robot.interact(canvas::zoomToFit);
        assertTrue(canvas.zoomProperty().get() < 1);
        assertCentred(canvas.visibleCentre());
    }

    @Test
    void fittingUpToALowZoomCentresADiagramSmallerThanTheView(FxRobot robot) {
        robot.interact(() -> canvas.zoomToFitUpTo(0.5));
        assertEquals(0.5, canvas.zoomProperty().get(), 1e-9);
        assertCentred(canvas.visibleCentre());
    }

    @Test
    void belowTheThresholdTheOverviewReplacesTheViews(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(LOW_ZOOM));
        assertTrue(canvas.overview().isActive());
        assertNull(canvas.registry().element(CanvasFixture.SQL).getScene(), "views leave the scene");
        robot.interact(() -> canvas.zoomProperty().set(1));
        assertFalse(canvas.overview().isActive());
        assertTrue(canvas.registry().element(CanvasFixture.SQL).getScene() != null, "views come back");
    }

    @Test
    void aClickOnACardsPositionSelectsItAndADragMovesIt(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(LOW_ZOOM));
        Point2D sql = canvas.modelToScreen(725, 150);
        robot.clickOn(sql);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(CanvasFixture.SQL), Set.copyOf(fixture.context.selection().ids()));
        assertEquals(OverviewPainter.SELECTED, canvas.overview().colourOf(CanvasFixture.SQL));
        robot.moveTo(sql).press(MouseButton.PRIMARY).moveBy(200 * LOW_ZOOM, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(840, topology().element(CanvasFixture.SQL).x());
    }

    @Test
    void errorSubjectsAreDrawnRed(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(LOW_ZOOM));
        assertEquals(OverviewPainter.LINK, canvas.overview().colourOf(CanvasFixture.HOMED));
        Color before = linkMiddlePixel(robot);
        robot.interact(() -> fixture.context.execute(
                fixture.context.edits().setKind(topology(), CanvasFixture.HOMED, LinkKind.BACKEND_STORE)));
        assertEquals(OverviewPainter.ERROR, canvas.overview().colourOf(CanvasFixture.HOMED));
        Color after = linkMiddlePixel(robot);
        assertTrue(before.getRed() - before.getGreen() < 0.2, "grey before: " + before);
        assertTrue(after.getRed() - after.getGreen() > 0.3, "red after: " + after);
        robot.interact(() -> document.commands().undo());
        assertEquals(OverviewPainter.LINK, canvas.overview().colourOf(CanvasFixture.HOMED));
    }

    /** A move repaints the tiles around the card and its links, and leaves the same pixels as a whole repaint. */
    @Test
    void aMoveRepaintsOnlyTheTilesItReachesAndLeavesWhatAWholeRepaintWould(FxRobot robot) {
        robot.interact(() -> canvas.zoomProperty().set(LOW_ZOOM));
        Point2D sql = canvas.modelToScreen(725, 150);
        robot.moveTo(sql).press(MouseButton.PRIMARY).moveBy(200 * LOW_ZOOM, 60 * LOW_ZOOM)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(840, topology().element(CanvasFixture.SQL).x(), "the card moved");
        WritableImage[] images = new WritableImage[2];
        int[] repainted = new int[2];
        robot.interact(() -> {
            canvas.overview().paintIfDirty();
            repainted[0] = canvas.overview().tiles().lastRepainted();
            repainted[1] = canvas.overview().tiles().count();
            images[0] = overviewPixels();
            canvas.overview().invalidate();
            canvas.overview().paintIfDirty();
            images[1] = overviewPixels();
        });
        assertTrue(repainted[0] > 0 && repainted[0] * 2 < repainted[1],
                "repainted " + repainted[0] + " of " + repainted[1] + " tiles");
        assertEquals(images[1].getWidth(), images[0].getWidth());
        int differing = 0;
        for (int y = 0; y < (int) images[0].getHeight(); y++) {
            for (int x = 0; x < (int) images[0].getWidth(); x++) {
                Color partial = images[0].getPixelReader().getColor(x, y);
                Color whole = images[1].getPixelReader().getColor(x, y);
                if (Math.abs(partial.getRed() - whole.getRed()) > 0.02
                        || Math.abs(partial.getGreen() - whole.getGreen()) > 0.02
                        || Math.abs(partial.getBlue() - whole.getBlue()) > 0.02) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels where the partial repaint differs from a whole one");
    }

    /** The colour the overview shows at the middle of the homed-on link, read from a snapshot of its canvas. */
    private Color linkMiddlePixel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Color[] pixel = new Color[1];
        robot.interact(() -> {
            canvas.overview().paintIfDirty();
            LinkView link = canvas.registry().linkView(CanvasFixture.HOMED);
            Point2D middle = link.start().midpoint(link.end());
            WritableImage image = overviewPixels();
            Point2D local = canvas.overview().node().sceneToLocal(canvas.modelToScene(middle.getX(), middle.getY()));
            double scale = image.getWidth() / canvas.overview().node().getLayoutBounds().getWidth();
            pixel[0] = image.getPixelReader().getColor((int) (local.getX() * scale), (int) (local.getY() * scale));
        });
        return pixel[0];
    }

    /** The overview's tiles as one image, its pixels one to one with the tiles'. */
    private WritableImage overviewPixels() {
        SnapshotParameters parameters = new SnapshotParameters();
        // Undoes the tiles' own unzoom.
        parameters.setTransform(new Scale(canvas.zoomProperty().get(), canvas.zoomProperty().get()));
        return canvas.overview().node().snapshot(parameters, null);
    }

    private static void assertCentred(Point2D visibleCentre) {
        assertEquals(DIAGRAM_CENTRE.getX(), visibleCentre.getX(), 2, "centred across");
        assertEquals(DIAGRAM_CENTRE.getY(), visibleCentre.getY(), 2, "centred down");
    }
}
