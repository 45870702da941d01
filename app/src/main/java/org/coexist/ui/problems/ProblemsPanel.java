package org.coexist.ui.problems;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.FindingsDelta;
import org.coexist.rules.FindingsListener;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.DocumentState;
import org.coexist.ui.kernel.Texts;
import org.controlsfx.control.SegmentedButton;

/**
 * The bottom panel: every finding of the open document, kept current from the validation's deltas (rows are
 * added and removed, never the whole list rebuilt), with Errors / Warnings filters. The selected finding reads in
 * full beside the table; double-clicking a row selects what it is about and shows it on the canvas large enough to
 * read; its source is named by title, as a link that opens the document.
 */
public final class ProblemsPanel extends VBox {
    private final DesignerContext context;
    private final Texts texts;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(findings);
    private final TableView<Finding> table = new TableView<>(shown);
    private final ToggleButton errors = new ToggleButton();
    private final ToggleButton warnings = new ToggleButton();
    private final FindingsListener onDelta = this::apply;
    private final Label title;
    private final CanvasControls canvas;
    private final FindingDetails details;
    private LiveValidation attached;

    public ProblemsPanel(DesignerContext context, DocumentState state, CanvasControls canvas) {
        this.context = context;
        this.texts = context.texts();
        getStyleClass().add("problems-panel");
        setId("problems");
        title = new Label(texts.get("problems.title"));
        title.getStyleClass().add("panel-title");
        errors.setId("problems-errors");
        warnings.setId("problems-warnings");
        errors.getStyleClass().addAll("filter-toggle", "errors");
        warnings.getStyleClass().addAll("filter-toggle", "warnings");
        errors.setGraphic(SeverityIcon.of(Severity.ERROR));
        warnings.setGraphic(SeverityIcon.of(Severity.WARNING));
        errors.setSelected(true);
        warnings.setSelected(true);
        errors.setFocusTraversable(false);
        warnings.setFocusTraversable(false);
        errors.textProperty().bind(count(Severity.ERROR, "problems.errors"));
        warnings.textProperty().bind(count(Severity.WARNING, "problems.warnings"));
        errors.selectedProperty().addListener((obs, was, is) -> updateFilter());
        warnings.selectedProperty().addListener((obs, was, is) -> updateFilter());
        // ControlsFX's segmented look; without a toggle group each severity filters on its own.
        SegmentedButton filters = new SegmentedButton(errors, warnings);
        filters.setToggleGroup(null);
        filters.getStyleClass().add("severity-filter");
        HBox header = new HBox(title, filters);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.CENTER_LEFT);

        this.canvas = canvas;
        this.details = new FindingDetails(context, this::showOnCanvas);
        buildTable();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> details.show(now));
        HBox body = new HBox(table, details);
        body.getStyleClass().add("problems-body");
        // The table takes what the reading pane leaves: its columns' widths are not a claim on the panel.
        table.setPrefWidth(0);
        table.setMinWidth(0);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        // An exercise withholds the findings until the trainee checks their work: no list, no counts, and a
        // placeholder that says why.
        Label placeholder = (Label) table.getPlaceholder();
        Runnable withheld = () -> {
            boolean hidden = context.scope().findingsWithheldProperty().get();
            placeholder.setText(texts.get(hidden ? "exercise.findingsWithheld" : "problems.empty"));
            errors.setVisible(!hidden);
            warnings.setVisible(!hidden);
        };
        context.scope().findingsWithheldProperty().addListener((obs, was, is) -> withheld.run());
        withheld.run();
        // The findings of what is shown: the whole design, or the phase chosen.
        context.scope().validationProperty().addListener((obs, old, now) -> attach(now));
        attach(context.scope().validation());
        // Subjects are shown by name: a rename changes no finding but must show.
        state.changesProperty().addListener((obs, old, now) -> {
            table.refresh();
            details.refresh();
        });
    }

    /** Selects what a finding concerns and brings it into view, large enough to read. */
    private void showOnCanvas(List<String> ids) {
        List<String> present = ids.stream().filter(id -> context.topology().containsId(id)).toList();
        context.selection().select(present);
        canvas.showReadable(present);
    }

    private javafx.beans.binding.StringBinding count(Severity severity, String key) {
        return Bindings.createStringBinding(() -> texts.format(key,
                findings.stream().filter(f -> f.severity() == severity).count()), findings);
    }

    private void updateFilter() {
        boolean e = errors.isSelected();
        boolean w = warnings.isSelected();
        shown.setPredicate(f -> f.severity() == Severity.ERROR ? e : w);
    }

    private void attach(LiveValidation validation) {
        if (attached != null) {
            attached.removeListener(onDelta);
        }
        attached = validation;
        if (attached != null) {
            findings.setAll(attached.findings());
            attached.addListener(onDelta);
        } else {
            findings.clear();
        }
    }

    private void apply(FindingsDelta delta) {
        findings.removeAll(delta.removed());
        findings.addAll(delta.added());
    }

    private void buildTable() {
        table.setId("problems-table");
        table.getStyleClass().add("problems-table");
        table.setPlaceholder(new Label(texts.get("problems.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<Finding, Severity> severity = new TableColumn<>(texts.get("problems.col.severity"));
        severity.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().severity()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : SeverityIcon.of(item));
                setTooltip(empty || item == null ? null : new Tooltip(texts.get("severity." + item.name())));
                setAlignment(Pos.CENTER);
            }
        });
        severity.setMinWidth(28);
        severity.setMaxWidth(28);
        severity.setResizable(false);
        table.getColumns().add(severity);
        // The message is what a reader needs: it takes what the others leave. A long rule id keeps its start and
        // end ("persistent-chat-…-lync2013"); every cell is whole in its tooltip, and the selected finding whole
        // in the reading pane beside the table.
        TableColumn<Finding, String> rule = column("problems.col.rule", 170, Finding::rule,
                OverrunStyle.CENTER_ELLIPSIS);
        rule.setMinWidth(100);
        rule.setMaxWidth(300);
        table.getColumns().add(rule);
        TableColumn<Finding, String> message = column("problems.col.message", 640, Finding::message,
                OverrunStyle.ELLIPSIS);
        message.setMinWidth(160);
        table.getColumns().add(message);
        TableColumn<Finding, String> subjectsColumn = column("problems.col.subjects", 100,
                f -> subjectNames(f.subjects()), OverrunStyle.ELLIPSIS);
        subjectsColumn.setMinWidth(84);
        subjectsColumn.setMaxWidth(260);
        table.getColumns().add(subjectsColumn);
        table.getColumns().add(sourceColumn());

        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    showOnCanvas(row.getItem().subjects());
                }
            });
            // What a screen reader says of the row: severity, rule and the whole message.
            row.itemProperty().addListener((obs, old, now) -> row.setAccessibleText(now == null ? null
                    : texts.format("a11y.problem", texts.get("severity." + now.severity().name()), now.rule(),
                    now.message())));
            return row;
        });
        // Enter does what a double click does, for the keyboard.
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Finding chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                e.consume();
                showOnCanvas(chosen.subjects());
            }
        });
    }

    /** The document's title as a link that opens it; the quote and the address in its tooltip. */
    private TableColumn<Finding, Finding> sourceColumn() {
        TableColumn<Finding, Finding> source = new TableColumn<>(texts.get("problems.col.source"));
        source.setPrefWidth(120);
        source.setMinWidth(70);
        source.setMaxWidth(300);
        source.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Finding item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = context.sources().hyperlink(item.source(), texts);
                link.setTextOverrun(OverrunStyle.ELLIPSIS);
                link.setWrapText(false);
                link.getStyleClass().add("problems-source-link");
                setGraphic(link);
            }
        });
        return source;
    }

    private TableColumn<Finding, String> column(String key, double width, Function<Finding, String> value,
                                                OverrunStyle overrun) {
        TableColumn<Finding, String> column = new TableColumn<>(texts.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTextOverrun(overrun);
                setTooltip(empty || item == null || item.isEmpty() ? null : wrapping(item));
            }
        });
        return column;
    }

    /** A tooltip that wraps long messages instead of running off the screen. */
    private static Tooltip wrapping(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }

    /** "pool01, sql01" for elements and forests; "client01 → pool01" for a link. */
    private String subjectNames(List<String> ids) {
        Topology topology = context.topology();
        StringBuilder names = new StringBuilder();
        for (String id : ids) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(nameOf(topology, id));
        }
        return names.toString();
    }

    static String nameOf(Topology topology, String id) {
        Element element = topology.element(id);
        if (element != null) {
            return element.name();
        }
        Forest forest = topology.forest(id);
        if (forest != null) {
            return forest.name();
        }
        Link link = topology.link(id);
        if (link != null) {
            return nameOf(topology, link.from()) + " \u2192 " + nameOf(topology, link.to());
        }
        return id;
    }

    /** Hides the panel's own title where a tab already names it. */
    public void setTitleShown(boolean shown) {
        title.setVisible(shown);
        title.setManaged(shown);
    }

    /** The findings listed now, after the filters. */
    public List<Finding> shownFindings() {
        return List.copyOf(shown);
    }

    public TableView<Finding> table() {
        return table;
    }
}
