package org.coexist.ui.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.catalog.PaletteGroup;
import org.coexist.ui.kernel.IconLibrary;
import org.coexist.ui.kernel.Texts;

/** A palette group: its header with a version chooser, and its entries. */
final class PaletteGroupView extends VBox {
    private final List<PaletteEntry> entries = new ArrayList<>();
    private final ComboBox<ProductVersion> version = new ComboBox<>();

    PaletteGroupView(PaletteGroup group, Catalog catalog, CatalogLabels labels, IconLibrary icons, Texts texts) {
        getStyleClass().add("palette-group");
        setId("palette-group-" + group.id());
        Label title = new Label(labels.palette(group.id()));
        title.getStyleClass().add("section-header");
        title.setWrapText(true);

        // Every version some type of the group may have, oldest first; the newest is chosen at first.
        TreeSet<ProductVersion> versions = new TreeSet<>();
        group.types().forEach(spec -> versions.addAll(spec.versions()));
        version.getItems().setAll(versions);
        version.setId("palette-version-" + group.id());
        version.getStyleClass().add("palette-version");
        version.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProductVersion v) {
                if (v == null) {
                    return "";
                }
                Catalog.VersionLabel label = catalog.label(v);
                return label == null ? v.name() : label.label();
            }

            @Override
            public ProductVersion fromString(String s) {
                return null;
            }
        });
        version.setTooltip(new Tooltip(texts.get("palette.version")));
        version.setMaxWidth(Double.MAX_VALUE);
        if (!versions.isEmpty()) {
            version.setValue(versions.last());
        }
        version.setVisible(versions.size() > 1);
        version.setManaged(versions.size() > 1);
        // The chooser sits under the title, full width, so neither is clipped in a narrow palette.
        VBox header = new VBox(title, version);
        header.getStyleClass().add("palette-group-header");
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(header);

        for (ElementTypeSpec spec : group.types()) {
            PaletteEntry entry = new PaletteEntry(spec, icons.icon(spec.type()), catalog, labels, texts,
                    version.valueProperty());
            entries.add(entry);
            getChildren().add(entry);
        }
    }

    List<PaletteEntry> entries() {
        return entries;
    }

    ComboBox<ProductVersion> versionChooser() {
        return version;
    }

    /** Shows the entries that match; hides the whole group when none does. Returns how many show. */
    int filter(String query) {
        int shown = 0;
        for (PaletteEntry entry : entries) {
            boolean match = entry.matches(query);
            entry.setVisible(match);
            entry.setManaged(match);
            if (match) {
                shown++;
            }
        }
        setVisible(shown > 0);
        setManaged(shown > 0);
        return shown;
    }
}
