package org.coexist.ui.kernel;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Short notes in the window's corner (ControlsFX {@link Notifications}) for work done out of sight: where an
 * export went, with a button that opens its folder, and work brought back from a recovery copy.
 */
public final class Notices {
    static final Duration SHOWN_FOR = Duration.seconds(10);
    private final DesignerContext context;
    private final Supplier<Window> owner;

    public Notices(DesignerContext context, Supplier<Window> owner) {
        this.context = context;
        this.owner = owner;
    }

    /** "contoso.svg was saved in /home/…/exports", with Open Folder. */
    public void exported(Path file) {
        Texts texts = context.texts();
        Path folder = file.toAbsolutePath().getParent();
        Action open = new Action(texts.get("notice.openFolder"), e -> context.sources().openFolder(folder));
        show(texts.get("notice.exported.title"), texts.format("notice.exported", file.getFileName(), folder))
                .action(open).showInformation();
    }

    /** The restored document is open again, unsaved: saving it keeps it. */
    public void restored(String name) {
        Texts texts = context.texts();
        show(texts.get("notice.restored.title"), texts.format("notice.restored", name)).showInformation();
    }

    private Notifications show(String title, String text) {
        Notifications notice = Notifications.create().title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).styleClass("coexist-notice");
        Window window = owner.get();
        return window == null ? notice : notice.owner(window);
    }
}
