package org.coexist.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.coexist.model.edit.EditNames;
import org.coexist.ui.kernel.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language asked for is the language shown, whatever the desktop's: ResourceBundle's default lookup would
 * give an English designer French texts on a French machine, since English lives in the base bundle.
 */
class LanguageChoiceTest {
    private Locale before;

    @BeforeEach
    void frenchDesktop() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void commandNamesInEachLanguage() {
        assertEquals("Move 3 elements", EditNames.forLocale(Locale.ENGLISH).format("edit.move", 3, "x"));
        assertEquals("Move pool01", EditNames.ENGLISH.format("edit.move", 1, "pool01"));
        assertEquals("Déplacer 3 éléments", EditNames.forLocale(Locale.FRENCH).format("edit.move", 3, "x"));
        assertEquals("移动 3 个元素", EditNames.forLocale(Locale.SIMPLIFIED_CHINESE).format("edit.move", 3, "x"));
        assertEquals("移动 pool01", EditNames.forLocale(Locale.SIMPLIFIED_CHINESE).format("edit.move", 1, "pool01"));
        assertEquals("Rename pool01", EditNames.forLocale(Locale.GERMAN).format("edit.rename", "pool01"),
                "a language without a bundle gets English, not the desktop's French");
    }

    @Test
    void designerTextsInEachLanguage() {
        assertEquals("Elements stay in a forest: drop them inside one.",
                new Texts(Locale.ENGLISH).get("canvas.moveRefused"));
        assertEquals("Les éléments restent dans une forêt : déposez-les à l’intérieur de l’une d’elles.",
                new Texts(Locale.FRENCH).get("canvas.moveRefused"));
        assertEquals("元素必须留在林中：请将它们放到某个林内。", new Texts(Locale.SIMPLIFIED_CHINESE).get("canvas.moveRefused"));
        assertEquals("Supprimer la phase Phase 2", new Texts(Locale.FRENCH).format("edit.removePhase", "Phase 2"));
    }
}
