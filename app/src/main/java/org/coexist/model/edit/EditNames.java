package org.coexist.model.edit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Formats the names of commands ("Move 3 elements") from a key and arguments, so that they can be shown in the
 * user's language. The patterns live in the {@code org.coexist.model.edit.EditNames} resource bundle.
 */
@FunctionalInterface
public interface EditNames {
    String BUNDLE = "org.coexist.model.edit.EditNames";

    String format(String key, Object... args);

    /** Names in the given language, from the bundle; English where the language has no bundle. */
    static EditNames forLocale(Locale locale) {
        // No fallback to the JVM's default locale: English names must stay English on a French desktop.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, EditNames.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return (key, args) -> bundle.containsKey(key)
                ? new MessageFormat(bundle.getString(key), locale).format(args) : key;
    }

    EditNames ENGLISH = forLocale(Locale.ROOT);
}
