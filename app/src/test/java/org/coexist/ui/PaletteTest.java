package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.ui.palette.PaletteEntry;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class PaletteTest extends ShellTestBase {

    @Test
    void everyElementTypeOfTheCatalogHasAnEntry() {
        List<PaletteEntry> shown = fx(() -> window.palette().visibleEntries());
        assertEquals(CATALOG.elementTypes().size() + 1, shown.size(), "every type, and the forest");
        assertTrue(shown.get(0).item().isForest());
    }

    @Test
    void searchFiltersEntriesByLabelOrType(FxRobot robot) {
        robot.clickOn("#palette-search").write("mailbox");
        waitUntil(() -> fx(() -> window.palette().visibleEntries().size()) == 1);
        assertEquals(ElementType.MAILBOX_SERVER, fx(() -> window.palette().visibleEntries().get(0).item().type()));

        robot.eraseText(7).write("sql_inst");
        waitUntil(() -> fx(() -> window.palette().visibleEntries().size()) == 1);
        assertEquals(ElementType.SQL_INSTANCE, fx(() -> window.palette().visibleEntries().get(0).item().type()));

        robot.eraseText(8);
        waitUntil(() -> fx(() -> window.palette().visibleEntries().size()) == CATALOG.elementTypes().size() + 1);
    }

    @Test
    void theSearchFieldsCrossEmptiesItAndShowsEveryEntryAgain(FxRobot robot) {
        robot.clickOn("#palette-search").write("edge");
        waitUntil(() -> fx(() -> window.palette().visibleEntries().size()) < CATALOG.elementTypes().size());
        robot.clickOn("#palette-search .clear-button");
        assertEquals("", fx(() -> window.palette().searchField().getText()));
        waitUntil(() -> fx(() -> window.palette().visibleEntries().size()) == CATALOG.elementTypes().size() + 1);
    }

    @Test
    void groupVersionChooserSetsEntriesAndMarksThoseThatCannotHaveIt(FxRobot robot) {
        PaletteEntry pool = fx(() -> window.palette().entry(ElementType.FRONT_END_POOL).orElseThrow());
        PaletteEntry persistentChat = fx(() -> window.palette().entry(ElementType.PERSISTENT_CHAT_POOL).orElseThrow());
        assertEquals(ProductVersion.SFB_2019, fx(() -> pool.item().version()), "the newest version first");

        robot.clickOn("#palette-version-communications").clickOn("Office Communications Server 2007 R2");

        assertEquals(ProductVersion.OCS_2007_R2, fx(() -> pool.item().version()));
        assertFalse(fx(pool::isFallback));
        assertEquals(ProductVersion.SFB_2015, fx(() -> persistentChat.item().version()),
                "a type that cannot be OCS 2007 R2 keeps its own newest version");
        assertTrue(fx(persistentChat::isFallback));
        assertEquals("SfB 2015", fx(persistentChat::badgeText));
    }
}
