package org.coexist.ui.files;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Opens a topology file dropped onto the window from the desktop. */
public final class FileDrop {
    private static final String EXTENSION = ".coexist.json";

    private FileDrop() {
    }

    public static void install(Scene scene, DocumentFiles files) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (topologyFile(event).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<File> file = topologyFile(event);
            if (file.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                files.open(file.get().toPath());
            }
        });
    }

    private static Optional<File> topologyFile(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        List<File> dropped = event.getDragboard().getFiles();
        return dropped.stream().filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION))
                .findFirst();
    }
}
