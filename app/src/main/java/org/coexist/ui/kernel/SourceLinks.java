package org.coexist.ui.kernel;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import org.coexist.rules.RuleSource;

/**
 * How the designer shows the document a finding rests on: by its title (the product named), with its address to
 * open in the system's browser. The browser is passed in ({@code HostServices::showDocument} in the application,
 * a recorder in tests); nothing here is static but the wording.
 */
public final class SourceLinks {
    private final Consumer<String> browser;

    /** @param browser opens an address, as {@code HostServices.showDocument} does */
    public SourceLinks(Consumer<String> browser) {
        this.browser = Objects.requireNonNull(browser);
    }

    /** Whether the source has an address a browser can open (the catalog's own rule cites a file of ours). */
    public static boolean canOpen(RuleSource source) {
        String address = source.address();
        return address.startsWith("https://") || address.startsWith("http://");
    }

    /** Opens the source document, when it has an address to open. */
    public void open(RuleSource source) {
        if (canOpen(source)) {
            browser.accept(source.address());
        }
    }

    /** Opens a folder of this machine in its file manager, through the same desktop service (an export's folder). */
    public void openFolder(java.nio.file.Path folder) {
        browser.accept(folder.toUri().toString());
    }

    /** The quoted sentence and the document's title: "“…”\n— Title". */
    public static String quoteAndTitle(RuleSource source) {
        String title = "\u2014 " + source.title();
        return source.quote().isEmpty() ? title : "\u201c" + source.quote() + "\u201d\n" + title;
    }

    /** What a tooltip says of a source: the quote, the title, and the address. */
    public static String describe(RuleSource source) {
        return quoteAndTitle(source) + "\n" + source.address();
    }

    /**
     * The document's title as a link that opens it (a disabled one when there is nothing to open); its tooltip says
     * so and shows the quote and the address.
     */
    public Hyperlink hyperlink(RuleSource source, Texts texts) {
        Hyperlink link = new Hyperlink(source.title());
        link.getStyleClass().add("source-link");
        link.setWrapText(true);
        Tooltip tooltip = new Tooltip((canOpen(source) ? texts.get("source.open") + "\n" : "") + describe(source));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        link.setTooltip(tooltip);
        link.setDisable(!canOpen(source));
        link.setOnAction(e -> {
            open(source);
            link.setVisited(false);
        });
        return link;
    }
}
