package org.coexist.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** PLACEHOLDER until the window shell lands. */
public final class CoexistApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Coexist");
        stage.setScene(new Scene(new Label("Coexist"), 800, 600));
        stage.show();
    }
}
