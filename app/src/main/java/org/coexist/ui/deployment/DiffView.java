package org.coexist.ui.deployment;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coexist.diff.DiffReport;
import org.coexist.diff.PhaseDiff;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Stylesheets;
import org.coexist.ui.kernel.Texts;

/**
 * The design against a deployment, in a window of its own: one row per phase (or the whole design when it has
 * none) with what is not deployed yet, what is deployed but not in the design and what differs, the phase the
 * deployment is at marked; below, the differences of the chosen phase, one per line.
 */
public final class DiffView {
    /** A row of the phase table: a phase, or the whole design. */
    public record Row(String id, String name, DiffReport report, boolean here) {
    }

    private final DesignerContext context;
    private final PhaseDiff diff;
    private final Stage stage = new Stage();
    private final TableView<Row> phases = new TableView<>();
    private final ListView<String> details = new ListView<>();
    private final Label summary = new Label();

    DiffView(DesignerContext context, PhaseDiff diff, String deployedName) {
        this.context = context;
        this.diff = diff;
        Texts texts = context.texts();
        stage.setTitle(texts.format("diff.title", deployedName));
        phases.setId("diff-phases");
        details.setId("diff-details");
        summary.setId("diff-summary");
        summary.setWrapText(true);
        phases.getColumns().add(column(texts.get("diff.column.phase"), row -> row.name()
                + (row.here() ? "  " + texts.get("diff.here") : ""), 260));
        phases.getColumns().add(column(texts.get("diff.column.notDeployed"),
                row -> Integer.toString(row.report().notDeployed().size()), 110));
        phases.getColumns().add(column(texts.get("diff.column.notInDesign"),
                row -> Integer.toString(row.report().notDesigned().size()), 110));
        phases.getColumns().add(column(texts.get("diff.column.differ"),
                row -> Integer.toString(row.report().differing().size()), 90));
        phases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        phases.getItems().setAll(rows());
        phases.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> showDetails(row));
        summary.setText(summaryText());
        SplitPane split = new SplitPane(phases, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        BorderPane root = new BorderPane(split);
        root.setTop(summary);
        BorderPane.setMargin(summary, new Insets(10));
        Scene scene = new Scene(root, 720, 520);
        scene.getStylesheets().add(DiffView.class.getResource(Stylesheets.MAIN).toExternalForm());
        stage.setScene(scene);
        phases.getSelectionModel().select(reference());
    }

    void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                stage.getScene().getRoot().setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (PhaseDiff.PhaseResult phase : diff.phases()) {
            rows.add(new Row(phase.phaseId(), phase.phaseName(), phase.report(),
                    phase.phaseId().equals(diff.currentPhase())));
        }
        if (rows.isEmpty()) {
            rows.add(new Row(null, context.texts().get("diff.whole"), diff.whole(), diff.whole().identical()));
        }
        return rows;
    }

    /** The row shown first: where the deployment is, else the closest phase, else the whole design. */
    private int reference() {
        String id = diff.currentPhase() != null ? diff.currentPhase() : diff.closestPhase();
        List<Row> rows = phases.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (id != null && id.equals(rows.get(i).id())) {
                return i;
            }
        }
        return 0;
    }

    private String summaryText() {
        Texts texts = context.texts();
        if (diff.phases().isEmpty()) {
            return texts.get(diff.whole().identical() ? "diff.summary.wholeMatches" : "diff.summary.whole");
        }
        return diff.currentPhase() != null ? texts.format("diff.summary.here", nameOf(diff.currentPhase()))
                : texts.format("diff.summary.closest", nameOf(diff.closestPhase()));
    }

    private String nameOf(String phaseId) {
        return diff.phases().stream().filter(p -> p.phaseId().equals(phaseId)).map(PhaseDiff.PhaseResult::phaseName)
                .findFirst().orElse(phaseId);
    }

    private void showDetails(Row row) {
        details.getItems().setAll(row == null ? List.of() : lines(row.report()));
    }

    /** The differences of one comparison as lines in the user's language. */
    public List<String> lines(DiffReport report) {
        Texts texts = context.texts();
        List<String> lines = new ArrayList<>();
        report.notDeployed().forEach(side -> lines.add(texts.format("diff.row.notDeployed", describe(side))));
        report.notDesigned().forEach(side -> lines.add(texts.format("diff.row.notInDesign", describe(side))));
        for (DiffReport.Difference difference : report.differing()) {
            List<String> changes = new ArrayList<>();
            for (DiffReport.Change change : difference.changes()) {
                changes.add(texts.format("diff.change", texts.get("diff.field." + change.field()),
                        value(change.field(), change.design()), value(change.field(), change.deployed())));
            }
            lines.add(texts.format("diff.row.differs", describe(difference.design()), String.join("; ", changes)));
        }
        if (lines.isEmpty()) {
            lines.add(texts.get("diff.identical"));
        }
        return lines;
    }

    private String describe(DiffReport.Side side) {
        return context.labels().type(side.type()) + " " + side.name() + " ("
                + context.catalog().label(side.version()).label() + ")";
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return context.texts().get("diff.none");
        }
        if ("version".equals(field)) {
            return context.catalog().label(org.coexist.model.ProductVersion.valueOf(value)).label();
        }
        return "type".equals(field) ? context.labels().type(org.coexist.model.ElementType.valueOf(value)) : value;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> text,
                                                   double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
