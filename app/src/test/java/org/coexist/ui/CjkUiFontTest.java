package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CjkUiFontTest {

    @Test
    void chineseIsTheOnlyLanguageThatAsksForTheFont() {
        assertTrue(CjkUiFont.isChinese(Locale.SIMPLIFIED_CHINESE));
        assertTrue(CjkUiFont.isChinese(Locale.CHINESE));
        assertFalse(CjkUiFont.isChinese(Locale.FRENCH));
        assertFalse(CjkUiFont.isChinese(Locale.ENGLISH));
    }

    @Test
    void theBundledFontBecomesTheWindowsFont() throws Exception {
        Label label = new Label("持久聊天服务器池");
        StackPane root = new StackPane(label);
        root.setStyle("-fx-padding: 4;");
        AtomicReference<String> family = new AtomicReference<>();
        FxToolkit.setupStage((Stage stage) -> {
            stage.setScene(new Scene(root, 300, 100));
            family.set(CjkUiFont.useBundledFont(root));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(family.get(), "the font is in the jar");
        assertTrue(family.get().startsWith("WenQuanYi Micro Hei"), family.get());
        assertEquals(family.get(), label.getFont().getFamily(), "the label inherits the root's font");
        assertTrue(root.getStyle().endsWith("-fx-padding: 4;"), "the root's own style is kept: " + root.getStyle());
    }
}
