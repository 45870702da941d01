package org.coexist.ui.present;

import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * With two screens attached, the presenter view gets a window of its own on the first screen while the slides
 * fill the second, as presentation programs do; the clicker's keys work in either window.
 */
final class PresenterWindow {
    private final Supplier<List<Rectangle2D>> screens;
    private Stage window;

    /** @param screens the bounds of the attached screens, the first where the presenter sits */
    PresenterWindow(Supplier<List<Rectangle2D>> screens) {
        this.screens = screens;
    }

    /** The screens of the machine. */
    static List<Rectangle2D> attachedScreens() {
        return Screen.getScreens().stream().map(Screen::getBounds).toList();
    }

    /**
     * The screen the slides go on: the second when there are two (the presenter view then opens on the first),
     * else the one the designer's window is on.
     */
    Rectangle2D open(Stage main, PresenterView view, EventHandler<KeyEvent> keys) {
        List<Rectangle2D> attached = screens.get();
        if (attached.size() < 2) {
            Rectangle2D here = new Rectangle2D(main.getX(), main.getY(), Math.max(1, main.getWidth()),
                    Math.max(1, main.getHeight()));
            return attached.stream().filter(s -> s.intersects(here)).findFirst()
                    .orElse(attached.isEmpty() ? here : attached.get(0));
        }
        Rectangle2D presenter = attached.get(0);
        window = new Stage();
        window.initOwner(main);
        window.setTitle(main.getTitle());
        Scene scene = new Scene(view.node(), presenter.getWidth(), presenter.getHeight());
        if (main.getScene() != null) {
            scene.getStylesheets().setAll(main.getScene().getStylesheets());
            view.node().setStyle(main.getScene().getRoot().getStyle());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        window.setScene(scene);
        window.setX(presenter.getMinX());
        window.setY(presenter.getMinY());
        window.show();
        return attached.get(1);
    }

    boolean isOpen() {
        return window != null;
    }

    /** Closes the presenter's window, letting go of the view so that it can show on the slide next time. */
    void close() {
        if (window == null) {
            return;
        }
        window.getScene().setRoot(new javafx.scene.layout.Pane());
        window.close();
        window = null;
    }
}
