package org.coexist.ui.files;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.coexist.ui.Texts;

/** File > Open Sample: one item per bundled sample, by its topology's name, in the index's teaching order. */
public final class SampleMenu {
    private SampleMenu() {
    }

    public static Menu build(Texts texts, BundledSamples samples, DocumentFiles files) {
        Menu menu = new Menu(texts.get("action.openSample"));
        menu.setId("menu-openSample");
        for (BundledSamples.Sample sample : samples.samples()) {
            // The name is shown as it is: an underscore in it is not a mnemonic.
            MenuItem item = new MenuItem(sample.name().replace("_", "__"));
            item.setId("sample-" + sample.fileName().replace(".coexist.json", ""));
            item.setOnAction(e -> files.openUntitled(() -> samples.read(sample)));
            menu.getItems().add(item);
        }
        return menu;
    }
}
