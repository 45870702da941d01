package org.coexist.ui.palette;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.ui.kernel.PaletteItem;
import org.coexist.ui.kernel.Texts;

/**
 * One draggable row of the palette: icon, label and the version it will create. When the group's chosen version
 * is one the type cannot have, the entry creates its own newest version and its badge says so.
 */
public final class PaletteEntry extends HBox {
    static final double ICON_SIZE = 20;
    private final ElementTypeSpec spec;
    private final String label;
    private final Label badge = new Label();
    private final Catalog catalog;
    private final Texts texts;
    private PaletteItem item;

    /** An element type's entry, following the group's version. */
    PaletteEntry(ElementTypeSpec spec, Image icon, Catalog catalog, CatalogLabels labels, Texts texts,
                 ObservableValue<ProductVersion> groupVersion) {
        this.spec = spec;
        this.label = labels.type(spec.type());
        this.catalog = catalog;
        this.texts = texts;
        setId("palette-" + spec.type().name());
        build(icon, label);
        groupVersion.addListener((obs, old, now) -> follow(now));
        follow(groupVersion.getValue());
    }

    /** The forest entry. */
    PaletteEntry(Image icon, Texts texts) {
        this.spec = null;
        this.label = texts.get("palette.forest");
        this.catalog = null;
        this.texts = texts;
        this.item = PaletteItem.forest();
        setId("palette-FOREST");
        getStyleClass().add("forest-entry");
        build(icon, label);
        badge.setVisible(false);
        badge.setManaged(false);
        Tooltip.install(this, new Tooltip(texts.get("palette.forestHint")));
        setAccessibleText(label);
    }

    /** Icon, then the label with, under it, the badge of a version other than the group's. */
    private void build(Image icon, String text) {
        getStyleClass().add("palette-entry");
        setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(text);
        name.getStyleClass().add("palette-entry-label");
        name.setWrapText(true);
        badge.getStyleClass().add("palette-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        VBox lines = new VBox(name, badge);
        lines.getStyleClass().add("palette-entry-text");
        lines.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(lines, Priority.ALWAYS);
        getChildren().addAll(iconView(icon), lines);
    }

    /** The icon at 20 px, or an empty square of that size while the icon set lacks it. */
    static Region iconView(Image icon) {
        HBox box = new HBox();
        box.getStyleClass().add("palette-icon");
        box.setMinSize(ICON_SIZE, ICON_SIZE);
        box.setPrefSize(ICON_SIZE, ICON_SIZE);
        box.setMaxSize(ICON_SIZE, ICON_SIZE);
        box.setAlignment(Pos.CENTER);
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(ICON_SIZE);
            view.setFitHeight(ICON_SIZE);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            box.getChildren().add(view);
        } else {
            box.getStyleClass().add("missing");
        }
        return box;
    }

    private void follow(ProductVersion chosen) {
        boolean fits = chosen != null && spec.allows(chosen);
        ProductVersion version = fits ? chosen : spec.newestVersion();
        item = new PaletteItem(spec.type(), version);
        Catalog.VersionLabel versionLabel = catalog.label(version);
        String badgeText = versionLabel == null ? version.name() : versionLabel.badge();
        String longName = versionLabel == null ? version.name() : versionLabel.label();
        badge.setText(badgeText);
        // The group's chooser already names its version; only an entry that differs needs a badge.
        badge.getStyleClass().remove("fallback");
        if (!fits) {
            badge.getStyleClass().add("fallback");
        }
        badge.setVisible(!fits);
        badge.setManaged(!fits);
        String versionText = fits ? longName : texts.format("palette.fallbackBadge", longName);
        Tooltip tip = new Tooltip(texts.format("palette.entryTooltip", label, versionText));
        badge.setTooltip(new Tooltip(versionText));
        Tooltip.install(this, tip);
        setAccessibleText(tip.getText());
    }

    /** What dragging this entry creates now. */
    public PaletteItem item() {
        return item;
    }

    public String label() {
        return label;
    }

    /** Whether the entry's label or type name contains the query (case-insensitive); blank matches all. */
    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        if (label.toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        if (spec == null) {
            return false;
        }
        // The English label and the type's id match too: a trainer's handout may use either.
        if (spec.label().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        String typeName = spec.type().name().toLowerCase(Locale.ROOT);
        return typeName.contains(q) || typeName.replace('_', ' ').contains(q);
    }

    /** Whether the entry creates a version other than the group's choice, which its badge then shows. */
    public boolean isFallback() {
        return badge.isVisible();
    }

    /** The badge's text: the short name of the version the entry creates. */
    public String badgeText() {
        return badge.getText();
    }
}
