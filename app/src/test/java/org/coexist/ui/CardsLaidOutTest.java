package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.layout.Region;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * Cards added once the window has settled are laid out at their size. Panels taking their sizes after the first
 * layout made the canvas's scroll pane ask for a layout while its parent was laying it out, a request JavaFX
 * drops: every later card stayed 0 wide (Viewport asks again after each pulse).
 */
class CardsLaidOutTest extends ShellTestBase {

    @Test
    void cardsAddedAfterTheWindowSettledAreLaidOut() {
        String forest = addForest();
        String client = addElement(forest, ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        String sql = addElement(forest, ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, 360, 100);
        fx(() -> context.execute(context.edits().connect(topology(), client, sql, LinkKind.HOMED_ON)));
        for (String id : new String[] {client, sql}) {
            waitUntil(() -> fx(() -> ((Region) window.root().lookup("#view-" + id)).getWidth() > 0));
            assertEquals(170, fx(() -> ((Region) window.root().lookup("#view-" + id)).getWidth()), id);
        }
    }
}
