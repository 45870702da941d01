package org.coexist.ui.kernel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coexist.model.edit.EditNames;

/**
 * Every string the designer shows, from resource bundles in the chosen language. Several bundles (one per UI
 * area) are searched in order.
 */
public final class Texts {
    public static final List<String> BUNDLES = List.of(
            "org.coexist.ui.Messages", "org.coexist.ui.canvas.CanvasMessages", "org.coexist.ui.WorkshopMessages",
            "org.coexist.ui.AccessMessages",
            EditNames.BUNDLE);
    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English designer stays English on a French desktop.
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        this.bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), noFallback))
                .toList();
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key; the key itself, in brackets, when a bundle lacks it (a test catches that). */
    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "[" + key + "]";
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public boolean has(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** Command names in this language. */
    public EditNames editNames() {
        return EditNames.forLocale(locale);
    }
}
