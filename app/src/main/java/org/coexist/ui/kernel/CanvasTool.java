package org.coexist.ui.kernel;

/** What a primary-button drag on the canvas does. */
public enum CanvasTool {
    /** Select, rubber-band, move; connect from an element's handle. */
    SELECT,
    /** Drag from any element to another to connect them. */
    CONNECT
}
