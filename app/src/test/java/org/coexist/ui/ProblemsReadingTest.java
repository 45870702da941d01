package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.coexist.rules.Finding;
import org.coexist.ui.files.BundledSamples;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9: the problems table cut rule ids and messages, and a double-click selected subjects without showing
 * them. The selected finding reads whole beside the table, and a double-click shows its subjects readably.
 */
class ProblemsReadingTest extends ShellTestBase {

    private void openWhatNotToDo() {
        BundledSamples samples = new BundledSamples(CATALOG);
        BundledSamples.Sample sample = samples.samples().stream()
                .filter(s -> s.fileName().startsWith("what-not-to-do")).findFirst().orElseThrow();
        fx(() -> window.files().openUntitled(() -> samples.read(sample)));
        waitUntil(() -> fx(() -> !window.problems().shownFindings().isEmpty()));
        fx(() -> window.canvas().zoomToFit());
    }

    @SuppressWarnings("unchecked")
    private TableView<Finding> table(FxRobot robot) {
        return robot.lookup("#problems-table").queryAs(TableView.class);
    }

    /** The row of the first finding about two elements, scrolled into the table's view. */
    private TableRow<?> rowAboutTwoElements(FxRobot robot) {
        Finding wanted = fx(() -> window.problems().shownFindings().stream()
                .filter(f -> f.subjects().size() >= 2 && f.subjects().stream()
                        .allMatch(id -> topology().element(id) != null)).findFirst().orElseThrow());
        fx(() -> table(robot).scrollTo(wanted));
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> row
                && wanted.equals(row.getItem())).queryAs(TableRow.class);
    }

    @Test
    void theSelectedFindingReadsInFullBesideTheTable(FxRobot robot) {
        openWhatNotToDo();
        assertEquals(context.texts().get("problems.details.none"),
                fx(() -> robot.lookup("#finding-details .placeholder-text").queryAs(Label.class).getText()));
        TableRow<?> row = rowAboutTwoElements(robot);
        Finding finding = (Finding) fx(row::getItem);
        robot.clickOn(row);

        assertEquals(finding.message(), fx(() -> robot.lookup("#finding-details-message").queryAs(Label.class)
                .getText()), "the whole message, not its first words");
        assertEquals(finding.rule(), fx(() -> robot.lookup("#finding-details-rule").queryAs(Label.class)
                .getText()));
        Label message = robot.lookup("#finding-details-message").queryAs(Label.class);
        Bounds shown = fx(() -> message.localToScreen(message.getBoundsInLocal()));
        Bounds pane = fx(() -> {
            Node details = robot.lookup("#finding-details").query();
            return details.localToScreen(details.getBoundsInLocal());
        });
        assertTrue(pane.contains(shown.getMinX(), shown.getMinY()) && shown.getMaxX() <= pane.getMaxX(),
                "first in the pane, wrapped within its width: " + shown + " in " + pane);
    }

    @Test
    void columnsLeaveTheMessageMostRoomAndTooltipsWrap(FxRobot robot) {
        openWhatNotToDo();
        List<Double> widths = fx(() -> table(robot).getColumns().stream().map(TableColumn::getWidth).toList());
        double message = widths.get(2);
        assertTrue(widths.stream().allMatch(w -> w <= message), "the message is the widest column: " + widths);
        assertTrue(widths.get(1) >= 100, "rule ids keep room: " + widths);
        List<String> cut = fx(() -> table(robot).lookupAll(".column-header .label").stream()
                .map(Label.class::cast).filter(l -> !l.getText().isEmpty() && l.getWidth() < l.prefWidth(-1) - 0.5)
                .map(Label::getText).toList());
        assertEquals(List.of(), cut, "column titles read whole");
        robot.moveTo(rowAboutTwoElements(robot));
        waitUntil(() -> fx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())));
        assertTrue(fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .allMatch(w -> ((javafx.scene.control.Tooltip) w).isWrapText())), "long text wraps");
    }

    @Test
    void doubleClickingAProblemShowsItsSubjectsLargeEnoughToRead(FxRobot robot) {
        openWhatNotToDo();
        assertTrue(fx(() -> window.canvas().zoomProperty().get()) < 0.5, "fitted, the diagram is small");
        TableRow<?> row = rowAboutTwoElements(robot);
        Finding finding = (Finding) fx(row::getItem);
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(finding.subjects(), fx(() -> List.copyOf(context.selection().ids())));
        double zoom = fx(() -> window.canvas().zoomProperty().get());
        assertTrue(zoom >= 0.75 && zoom <= 1, "readable: " + zoom);
        Bounds view = fx(() -> {
            Node viewport = window.canvas().node().lookup(".viewport");
            return viewport.localToScreen(viewport.getBoundsInLocal());
        });
        for (String id : finding.subjects()) {
            Bounds subject = fx(() -> {
                Node node = window.root().lookup("#view-" + id);
                return node.localToScreen(node.getBoundsInLocal());
            });
            assertTrue(view.contains(subject), id + " in view: " + subject + " / " + view);
        }
    }

    @Test
    void aSubjectInTheReadingPaneIsALinkToIt(FxRobot robot) {
        openWhatNotToDo();
        TableRow<?> row = rowAboutTwoElements(robot);
        Finding finding = (Finding) fx(row::getItem);
        robot.clickOn(row);
        String second = finding.subjects().get(1);
        robot.clickOn(fx(() -> topology().element(second).name()));
        assertEquals(List.of(second), fx(() -> List.copyOf(context.selection().ids())));
    }
}
