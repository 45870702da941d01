package org.coexist.ui.dialogs;

/**
 * The answer to "Diagram as PNG": the part of the diagram on screen or all of it, at 1x or 2x (2x for print and
 * high-density screens).
 *
 * @param wholeDiagram true for the whole diagram, false for the visible view
 * @param scale        1 or 2
 */
public record PngChoice(boolean wholeDiagram, int scale) {

    public PngChoice {
        if (scale != 1 && scale != 2) {
            throw new IllegalArgumentException("scale must be 1 or 2, not " + scale);
        }
    }
}
