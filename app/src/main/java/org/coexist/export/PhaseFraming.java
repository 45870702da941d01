package org.coexist.export;

import java.awt.geom.Rectangle2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coexist.geometry.Box;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;

/**
 * What a phase's diagram frames on paper: what is deployed in the phase, not the room kept for the rest. A forest
 * with nothing deployed in the phase is left out (unless a finding is about it), and a forest drawn with a size of
 * its own shrinks to what it holds in the phase, so the diagram is not mostly empty boxes.
 */
final class PhaseFraming {
    private PhaseFraming() {
    }

    /** A detached copy of the phase's topology, framed: the argument is not changed. */
    static Topology frame(Topology shown, List<Finding> findings, DiagramGeometry geometry) {
        Topology framed = shown.copy();
        Set<String> subjects = new HashSet<>();
        findings.forEach(f -> subjects.addAll(f.subjects()));
        for (Forest forest : List.copyOf(framed.forests())) {
            List<Element> members = framed.elementsIn(forest.id());
            if (members.isEmpty()) {
                if (!subjects.contains(forest.id())) {
                    framed.removeForest(forest.id());
                }
                continue;
            }
            if (forest.width() <= 0 || forest.height() <= 0) {
                continue;
            }
            Rectangle2D own = new Rectangle2D.Double(forest.x(), forest.y(), forest.width(), forest.height());
            Rectangle2D content = rectangle(geometry.box(forest.withBounds(forest.x(), forest.y(), 0, 0), members));
            Rectangle2D kept = own.createIntersection(content);
            if (!kept.isEmpty() && !kept.equals(own)) {
                framed.replaceForest(forest.withBounds(kept.getX(), kept.getY(), kept.getWidth(), kept.getHeight()));
            }
        }
        return framed;
    }

    static Rectangle2D rectangle(Box box) {
        return new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
    }
}
