package org.coexist.ui.canvas;

import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Topology;
import org.coexist.ui.kernel.DesignerContext;

/** The parts of one canvas that gestures and drops work with, handed over as one. */
record CanvasParts(DesignerContext context, ViewRegistry registry, DiagramGeometry geometry, Viewport viewport,
                   Banner banner, OverviewLayer overview) {

    Topology topology() {
        return context.topology();
    }
}
