package org.coexist.ui.dialogs;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.coexist.rules.RuleDescriptor;
import org.coexist.rules.RuleSource;
import org.coexist.ui.kernel.SourceLinks;
import org.coexist.ui.kernel.Texts;

/**
 * The rules the engine applies, with their severity and the document each rests on: the quoted sentence, and the
 * document's title as a link that opens it.
 */
public final class RuleCatalogTable extends TableView<RuleDescriptor> {

    public RuleCatalogTable(Texts texts, SourceLinks sources, List<RuleDescriptor> rules) {
        super(FXCollections.observableArrayList(rules));
        getStyleClass().add("rule-catalog");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefSize(1040, 480);
        TableColumn<RuleDescriptor, String> id = new TableColumn<>(texts.get("dialog.rules.col.id"));
        // Ids are single hyphenated words: shown whole on one line, never wrapped mid-word.
        id.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue().id()));
        id.setPrefWidth(250);
        id.setMinWidth(220);
        id.setMaxWidth(300);
        getColumns().add(id);
        TableColumn<RuleDescriptor, String> severity = column(texts.get("dialog.rules.col.severity"), 84,
                r -> texts.get("severity." + r.severity().name()));
        severity.setMinWidth(84);
        severity.setMaxWidth(110);
        getColumns().add(severity);
        getColumns().add(column(texts.get("dialog.rules.col.summary"), 300, RuleDescriptor::summary));
        getColumns().add(sourceColumn(texts, sources));
    }

    private static TableColumn<RuleDescriptor, String> column(String title, double width,
                                                              Function<RuleDescriptor, String> value) {
        TableColumn<RuleDescriptor, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        // Summaries and quotes are sentences: they wrap, so the catalog reads without tooltips.
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = wrapping(column);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The quote, wrapped, above the document's title as a link. */
    private static TableColumn<RuleDescriptor, RuleSource> sourceColumn(Texts texts, SourceLinks sources) {
        TableColumn<RuleDescriptor, RuleSource> column = new TableColumn<>(texts.get("dialog.rules.col.source"));
        column.setPrefWidth(300);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().source()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text quote = wrapping(column);

            @Override
            protected void updateItem(RuleSource item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                quote.setText("\u201c" + item.quote() + "\u201d");
                Hyperlink link = sources.hyperlink(item, texts);
                link.getStyleClass().add("rule-catalog-source-link");
                link.maxWidthProperty().bind(column.widthProperty().subtract(14));
                setGraphic(new VBox(quote, link));
            }
        });
        return column;
    }

    private static Text wrapping(TableColumn<RuleDescriptor, ?> column) {
        Text text = new Text();
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        text.getStyleClass().add("rule-catalog-text");
        return text;
    }
}
