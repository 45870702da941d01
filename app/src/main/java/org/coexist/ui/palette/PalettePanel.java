package org.coexist.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coexist.model.ElementType;
import org.coexist.model.catalog.PaletteGroup;
import org.coexist.ui.kernel.CanvasControls;
import org.coexist.ui.kernel.DesignerContext;
import org.coexist.ui.kernel.Texts;
import org.controlsfx.control.textfield.TextFields;

/**
 * The left side of the window: a search field, the Forest entry, and every element type of the catalog in its
 * palette group, ready to be dragged onto the canvas.
 */
public final class PalettePanel extends VBox {
    /** ControlsFX's clearable field: a cross at its end empties it and shows every entry again. */
    private final TextField search = TextFields.createClearableTextField();
    private final List<PaletteGroupView> groups = new ArrayList<>();
    private final PaletteEntry forestEntry;
    private final Label noMatch = new Label();
    private final Texts texts;

    /** @param overlay a mouse-transparent pane over the whole window, where the drag ghost is drawn */
    public PalettePanel(DesignerContext context, CanvasControls canvas, Pane overlay) {
        this.texts = context.texts();
        getStyleClass().addAll("side-panel", "palette");
        setId("palette");
        Label title = new Label(texts.get("palette.title"));
        title.getStyleClass().add("panel-title");

        search.setId("palette-search");
        search.setPromptText(texts.get("palette.search"));
        search.getStyleClass().add("search-field");
        search.textProperty().addListener((obs, old, now) -> filter(now));
        VBox.setMargin(search, new Insets(0, 8, 0, 8));

        PaletteDrag drag = new PaletteDrag(overlay, canvas);
        VBox content = new VBox();
        content.getStyleClass().add("palette-content");
        forestEntry = new PaletteEntry(context.icons().forest(), texts);
        drag.attach(forestEntry, context.icons().forest());
        content.getChildren().add(forestEntry);
        for (PaletteGroup group : context.catalog().palette()) {
            PaletteGroupView view = new PaletteGroupView(group, context.catalog(), context.labels(), context.icons(), texts);
            view.entries().forEach(entry -> drag.attach(entry, context.icons().icon(entryType(entry))));
            groups.add(view);
            content.getChildren().add(view);
        }
        noMatch.getStyleClass().add("placeholder-text");
        noMatch.setWrapText(true);
        noMatch.setVisible(false);
        noMatch.setManaged(false);
        content.getChildren().add(noMatch);

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("palette-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, search, scroll);
    }

    private static ElementType entryType(PaletteEntry entry) {
        return entry.item().type();
    }

    private void filter(String query) {
        int shown = 0;
        for (PaletteGroupView group : groups) {
            shown += group.filter(query);
        }
        boolean forest = forestEntry.matches(query);
        forestEntry.setVisible(forest);
        forestEntry.setManaged(forest);
        boolean none = shown == 0 && !forest;
        noMatch.setText(none ? texts.format("palette.noMatch", query.trim()) : "");
        noMatch.setVisible(none);
        noMatch.setManaged(none);
    }

    public TextField searchField() {
        return search;
    }

    /** The entries shown now, forest first. */
    public List<PaletteEntry> visibleEntries() {
        List<PaletteEntry> shown = new ArrayList<>();
        if (forestEntry.isVisible()) {
            shown.add(forestEntry);
        }
        for (PaletteGroupView group : groups) {
            group.entries().stream().filter(PaletteEntry::isVisible).forEach(shown::add);
        }
        return shown;
    }

    /** The entry of the type, if the catalog's palette has it. */
    public Optional<PaletteEntry> entry(ElementType type) {
        return groups.stream().flatMap(g -> g.entries().stream())
                .filter(e -> e.item().type() == type).findFirst();
    }
}
