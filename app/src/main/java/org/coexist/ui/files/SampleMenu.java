package org.coexist.ui.files;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.coexist.ui.kernel.Texts;

/**
 * File > Open Sample (and Open Exercise): one item per bundled topology, by its name, in the index's teaching
 * order.
 */
public final class SampleMenu {
    private SampleMenu() {
    }

    public static Menu build(Texts texts, BundledSamples samples, DocumentFiles files) {
        return build(texts, samples, files, "action.openSample", "sample-");
    }

    /** A menu of bundled topologies under this title, its items' ids made of the prefix and the file's name. */
    public static Menu build(Texts texts, BundledSamples samples, DocumentFiles files, String titleKey,
                             String idPrefix) {
        Menu menu = new Menu(texts.get(titleKey));
        menu.setId("menu-" + titleKey.substring(titleKey.indexOf('.') + 1));
        for (BundledSamples.Sample sample : samples.samples()) {
            // The name is shown as it is: an underscore in it is not a mnemonic.
            MenuItem item = new MenuItem(sample.name().replace("_", "__"));
            item.setId(idPrefix + sample.fileName().replace(".coexist.json", ""));
            item.setOnAction(e -> files.openUntitled(() -> samples.read(sample)));
            menu.getItems().add(item);
        }
        return menu;
    }
}
