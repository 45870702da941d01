package org.coexist.model.catalog;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;

/**
 * The catalog's display labels in one language: element types, link kinds, palette groups and properties, from the
 * {@code org.coexist.model.catalog.CatalogLabels} bundle. Where the bundle has no text, the catalog's own (English)
 * label is used, so a language may be incomplete without the designer showing keys. Version and product names
 * ({@link Catalog#label}) are proper names and are not translated. Immutable.
 */
public final class CatalogLabels {
    public static final String BUNDLE = "org.coexist.model.catalog.CatalogLabels";

    private final Catalog catalog;
    private final Locale locale;
    private final ResourceBundle bundle;

    public CatalogLabels(Catalog catalog, Locale locale) {
        this.catalog = Objects.requireNonNull(catalog);
        this.locale = Objects.requireNonNull(locale);
        // No fallback to the JVM's default locale: English labels must stay English on a French desktop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, CatalogLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public Locale locale() {
        return locale;
    }

    /** "Front End Pool", "Pool de serveurs frontaux", "前端池". */
    public String type(ElementType type) {
        ElementTypeSpec spec = catalog.spec(type);
        return text("type." + type.name(), spec == null ? type.name() : spec.label());
    }

    /**
     * The type as that version names it: an LCS 2005 SP1 Edge Server is an "Access Proxy". A translation keyed
     * {@code type.EDGE_SERVER.LCS_2005_SP1} wins; else the catalog's version label; else {@link #type}.
     */
    public String type(ElementType type, ProductVersion version) {
        ElementTypeSpec spec = catalog.spec(type);
        if (spec == null || !spec.versionLabels().containsKey(version)) {
            return type(type);
        }
        return text("type." + type.name() + "." + version.name(), spec.label(version));
    }

    /**
     * The type with an indefinite article, as running text needs it: "an Edge Server", "un serveur Edge" (common
     * nouns in lower case), "边缘服务器". A version's own name wins (an LCS 2005 SP1 Edge Server is "an Access
     * Proxy"); the label when the bundle has no phrase.
     */
    public String indefinite(ElementType type, ProductVersion version) {
        return phrase("indefinite.", type, version);
    }

    /** The type with a definite article: "the Front End Pool", "le pool de serveurs frontaux", "前端池". */
    public String definite(ElementType type, ProductVersion version) {
        return phrase("definite.", type, version);
    }

    private String phrase(String prefix, ElementType type, ProductVersion version) {
        String versioned = prefix + type.name() + "." + version.name();
        return bundle.containsKey(versioned) ? bundle.getString(versioned)
                : text(prefix + type.name(), type(type, version));
    }

    /** The link kind as a phrase: "homed on". */
    public String kind(LinkKind kind) {
        LinkKindSpec spec = catalog.spec(kind);
        return text("kind." + kind.name(), spec == null ? kind.name() : spec.label());
    }

    /** The link kind in one short word, as printed on a link: "homed". */
    public String kindShort(LinkKind kind) {
        LinkKindSpec spec = catalog.spec(kind);
        return text("kindShort." + kind.name(), spec == null ? kind.name() : spec.shortLabel());
    }

    /** The heading of a palette group, by its id ("communications"). */
    public String palette(String groupId) {
        String english = groupId;
        for (PaletteGroup group : catalog.palette()) {
            if (group.id().equals(groupId)) {
                english = group.label();
            }
        }
        return text("palette." + groupId, english);
    }

    /** The inspector's label of a property ("host" gives "Host"). */
    public String property(String name) {
        PropertySpec spec = catalog.property(name);
        return text("property." + name, spec == null ? name : spec.label());
    }

    /** The inspector's longer description of a property; empty when the catalog has none. */
    public String propertyDescription(String name) {
        PropertySpec spec = catalog.property(name);
        return text("propertyDescription." + name, spec == null ? "" : spec.description());
    }

    private String text(String key, String english) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return english;
        }
    }
}
