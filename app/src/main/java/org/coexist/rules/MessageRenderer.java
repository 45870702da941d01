package org.coexist.rules;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.CatalogLabels;

/**
 * Turns a rule's message template and a checker's arguments into the one line an administrator reads. Elements
 * are named as the palette names them in English and Chinese ("Archiving Server arch01 (OCS 2007 R2)"), and in
 * French as running text needs them, article and lower case ("le serveur d’archivage arch01 (OCS 2007 R2)", "du
 * pool …" after "de", capitalised at the start). Templates come from {@code RuleMessages.properties} in the engine's
 * locale (English, French, Simplified Chinese); version badges are product names and stay as they are.
 */
final class MessageRenderer {
    static final String BUNDLE = "org.coexist.rules.RuleMessages";
    private static final String ELEMENT_FORMAT = "element.format";
    /** How a language puts an element's type in a sentence: its label, or a noun phrase with its article. */
    private static final String TYPE_WORDS = "element.typeWords";

    private final Catalog catalog;
    private final CatalogLabels labels;
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Template elementFormat;
    private final boolean articles;
    private final ModelWords words;

    MessageRenderer(Catalog catalog, Locale locale) {
        this.catalog = catalog;
        this.labels = new CatalogLabels(catalog, locale);
        this.locale = locale;
        // No fallback to the JVM's default locale: an English engine must speak English on a French desktop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, MessageRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        this.elementFormat = Template.compile(text(ELEMENT_FORMAT));
        this.articles = "definite".equals(text(TYPE_WORDS));
        this.words = new ModelWords();
    }

    /** The bundle's text for the key; a missing key is a build defect and says which. */
    String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new RuleDataException(BUNDLE + ".properties (" + locale + "): no message \"" + key + "\"", e);
        }
    }

    String summary(String ruleId) {
        return text(ruleId + ".summary");
    }

    Template template(String ruleId) {
        return Template.compile(text(ruleId + ".message"));
    }

    /** Fills in a rule's template; arguments that are model values are put in words first. Thread-safe. */
    String render(Template template, Object[] arguments) {
        String message = template.format(arguments, words, locale);
        return articles ? FrenchArticles.apply(message) : message;
    }

    /**
     * Model values in words. An element's words differ only in its name between elements of one type and version,
     * so the rest ("Front End Pool ", " (OCS 2007 R2)") is put together once per type and version.
     */
    private final class ModelWords implements Template.Words {
        /** A character no label holds: where the name goes in the element format. */
        private static final String NAME = "\u0000";
        private final String[][][] elementParts =
                new String[ElementType.values().length][ProductVersion.values().length][];
        private final String[] badges = new String[ProductVersion.values().length];

        ModelWords() {
            for (ProductVersion version : ProductVersion.values()) {
                Catalog.VersionLabel label = catalog.label(version);
                badges[version.ordinal()] = label == null ? version.name() : label.badge();
            }
            for (ElementType type : ElementType.values()) {
                for (ProductVersion version : ProductVersion.values()) {
                    // "le pool de serveurs frontaux" where the language wants articles, else the palette's label.
                    String words = articles ? FrenchArticles.MARK + labels.definite(type, version)
                            : labels.type(type, version);
                    String filled = elementFormat.format(new Object[]{words, NAME,
                        badges[version.ordinal()]}, locale);
                    elementParts[type.ordinal()][version.ordinal()] = filled.split(NAME, -1);
                }
            }
        }

        @Override
        public void append(StringBuilder text, Object argument) {
            if (argument instanceof Element e) {
                String[] parts = elementParts[e.type().ordinal()][e.version().ordinal()];
                String name = e.name().isEmpty() ? e.id() : e.name();
                text.append(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    text.append(name).append(parts[i]);
                }
            } else if (argument instanceof String string) {
                text.append(string);
            } else {
                text.append(words(argument));
            }
        }

        @Override
        public Object words(Object argument) {
            if (argument instanceof Element e) {
                StringBuilder text = new StringBuilder(48);
                append(text, e);
                return text.toString();
            }
            if (argument instanceof Forest forest) {
                return forest.name().isEmpty() ? forest.id() : forest.name();
            }
            if (argument instanceof LinkKind kind) {
                return labels.kind(kind);
            }
            if (argument instanceof ProductVersion version) {
                return badges[version.ordinal()];
            }
            return argument == null ? "" : argument;
        }
    }
}
