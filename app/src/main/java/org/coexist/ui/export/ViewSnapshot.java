package org.coexist.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;

/** The part of the diagram on screen, as the canvas draws it, written as a PNG at 1x or 2x. */
final class ViewSnapshot {
    private ViewSnapshot() {
    }

    /** Snapshots the node (on the FX thread) at the scale; the image is the node's size times the scale. */
    static BufferedImage take(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        parameters.setFill(Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        // TYPE_INT_RGB: an opaque PNG, which every viewer and slide program shows the same.
        BufferedImage rgb = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        return SwingFXUtils.fromFXImage(image, rgb);
    }

    /** Writes next to the output first, so a failed write never leaves half a file in its place. */
    static void write(BufferedImage image, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
