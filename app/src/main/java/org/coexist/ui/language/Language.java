package org.coexist.ui.language;

import java.util.Locale;

/** The languages the designer speaks, and "whatever the system speaks" (when that is one of them). */
public enum Language {
    SYSTEM(null),
    ENGLISH(Locale.ENGLISH),
    FRENCH(Locale.FRENCH),
    CHINESE(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to show: for SYSTEM, the system's when it is French or Chinese, else English. */
    public Locale locale(Locale system) {
        if (locale != null) {
            return locale;
        }
        return of(system).locale;
    }

    /** The language spoken in this locale, English for any the designer does not speak. */
    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> FRENCH;
            case "zh" -> CHINESE;
            default -> ENGLISH;
        };
    }

    /** The key of its name in the menu; each language is named in itself, as language menus do. */
    public String textKey() {
        return "language." + name().toLowerCase(Locale.ROOT);
    }
}
