package org.coexist.ui.language;

/** What View > Language asks of whoever built the window: which language is chosen, and to switch. */
public interface LanguageSwitch {

    /** The choice as made (SYSTEM included), for the menu's check mark. */
    Language chosen();

    /** Remembers the choice and shows the window in that language, keeping the open document. */
    void choose(Language language);
}
