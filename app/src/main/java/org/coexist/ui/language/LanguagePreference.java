package org.coexist.ui.language;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language chosen in View > Language, kept across sessions in a preferences node (the application's own, or
 * a scratch one in tests). Nothing saved means the system's language.
 */
public final class LanguagePreference {
    private static final String KEY = "language";
    private final Preferences node;

    public LanguagePreference(Preferences node) {
        this.node = node;
    }

    public Language get() {
        String saved = node.get(KEY, null);
        if (saved != null) {
            for (Language language : Language.values()) {
                if (language.name().equals(saved)) {
                    return language;
                }
            }
        }
        return Language.SYSTEM;
    }

    public void set(Language language) {
        node.put(KEY, language.name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The choice still applies now; only remembering it is lost, which is not worth a dialog.
            System.getLogger(LanguagePreference.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot store the language", e);
        }
    }
}
