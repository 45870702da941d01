package org.coexist.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The fixed words the PDF handout prints ("Phases", "Notes", "Findings (3)"), in one language, from the
 * {@code org.coexist.export.ExportTexts} bundle. The CLI uses {@link #ENGLISH}; the designer passes its own
 * language so a French trainer hands out a French handout. Immutable.
 */
public final class HandoutTexts {
    public static final String BUNDLE = "org.coexist.export.ExportTexts";
    public static final HandoutTexts ENGLISH = new HandoutTexts(Locale.ROOT);

    private final Locale locale;
    private final ResourceBundle bundle;

    public HandoutTexts(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        // No fallback to the JVM's default locale: the CLI's handout stays English on a French desktop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, HandoutTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key, formatted with the arguments (MessageFormat). */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Every text of the bundle, so the PDF's font can be chosen to cover them (Chinese headings need a CJK font). */
    String allTexts() {
        return bundle.keySet().stream().map(bundle::getString).collect(Collectors.joining(" "));
    }
}
