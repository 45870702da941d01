package org.coexist.ui.language;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.coexist.ui.kernel.Texts;

/** View > Language: System default, then each language named in itself. */
public final class LanguageMenu {
    private LanguageMenu() {
    }

    public static Menu build(Texts texts, LanguageSwitch languages) {
        Menu menu = new Menu(texts.get("menu.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(texts.get(language.textKey()));
            item.setId("menu-language-" + language.name().toLowerCase(Locale.ROOT));
            // Names such as "中文(简体)" must not lose a character to mnemonic parsing.
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(language == languages.chosen());
            item.setOnAction(e -> {
                if (language != languages.chosen()) {
                    languages.choose(language);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
