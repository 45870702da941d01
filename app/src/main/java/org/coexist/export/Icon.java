package org.coexist.export;

import java.awt.image.BufferedImage;

/**
 * One icon of {@code assets/icons}: the decoded image for raster and PDF output and the PNG bytes for SVG data
 * URIs.
 */
public record Icon(String name, BufferedImage image, byte[] png) {

    public Icon {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
