package org.coexist.ui;

import org.coexist.ui.kernel.UiFont;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Issue 9: exports finished silently. A note says where the file went, and opens its folder. */
class ExportNoticeTest extends ShellTestBase {
    @TempDir
    Path dir;

    private boolean noticeSays(FxRobot robot, String text) {
        return fx(() -> robot.lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && l.isVisible())
                .tryQuery().isPresent());
    }

    @Test
    void anExportSaysWhereTheFileWentAndOpensItsFolder(FxRobot robot) throws Exception {
        assertTrue(load(PresentationModeTest.SAMPLE));
        Path file = dir.resolve("contoso.svg");
        dialogs.exportFiles.add(file);
        // The menu item as File > Export fires it (robot clicks into nested menus lose their target on the way).
        fx(() -> window.exports().menu().getItems().stream().filter(m -> "menu-exportSvg".equals(m.getId()))
                .findFirst().orElseThrow().fire());
        waitUntil(() -> Files.exists(file));

        String said = context.texts().format("notice.exported", "contoso.svg", dir.toAbsolutePath());
        waitUntil(() -> noticeSays(robot, said));
        assertEquals("contoso.svg was saved in\n" + dir.toAbsolutePath(), said);
        assertTrue(fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".text").stream())
                .filter(n -> n instanceof Text t && said.equals(t.getText()))
                .allMatch(n -> UiFont.FAMILY.equals(((Text) n).getFont().getFamily()))), "in the bundled font");

        robot.clickOn("Open Folder");
        waitUntil(() -> !opened.isEmpty());
        assertEquals(List.of(dir.toAbsolutePath().toUri().toString()), opened);
    }
}
