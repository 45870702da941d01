package org.coexist.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.importer.Fixtures;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/** An imported topology opens readable: no overlaps, members inside their pool, back ends below, Edge on top. */
class TopologyLayoutTest {

    private record Box(String name, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(Box o) {
            return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }
    }

    private static Box box(Element e) {
        double w = e.width() > 0 ? e.width() : DiagramGeometry.CARD_WIDTH;
        double h = e.height() > 0 ? e.height() : DiagramGeometry.CARD_HEIGHT;
        return new Box(e.type() + " " + e.name(), e.x(), e.y(), w, h);
    }

    private static void assertReadable(Topology t) {
        Forest forest = t.forests().iterator().next();
        Box forestBox = new Box("forest", forest.x(), forest.y(), forest.width(), forest.height());
        List<Element> top = t.elements().stream().filter(e -> e.parent() == null).toList();
        for (int i = 0; i < top.size(); i++) {
            assertTrue(forestBox.contains(box(top.get(i))), box(top.get(i)) + " outside " + forestBox);
            assertTrue(box(top.get(i)).y >= forest.y() + DiagramGeometry.FOREST_HEADER, "below the forest's name");
            for (int j = i + 1; j < top.size(); j++) {
                assertTrue(!box(top.get(i)).overlaps(box(top.get(j))), box(top.get(i)) + " overlaps " + box(top.get(j)));
            }
        }
        for (Element member : t.elements()) {
            if (member.parent() == null) {
                continue;
            }
            Element pool = t.element(member.parent());
            assertTrue(pool.width() > 0 && pool.height() > 0, "a pool holding members has an explicit size");
            assertTrue(box(pool).contains(box(member)), box(member) + " outside its pool " + box(pool));
            assertTrue(member.y() >= pool.y() + DiagramGeometry.POOL_HEADER, "members sit below the pool's header");
            for (Element other : t.elements()) {
                if (other != member && member.parent().equals(other.parent())) {
                    assertTrue(!box(member).overlaps(box(other)), member.name() + " overlaps " + other.name());
                }
            }
        }
    }

    @Test
    void importedTopologyIsLaidOutWithoutOverlapsBackEndsBelowAndEdgeOnTop() throws Exception {
        Topology t = Fixtures.importing(null, "contoso-sfb.tbxml", "exchange-servers-format-list.txt").topology();
        assertReadable(t);
        for (Link link : t.links()) {
            Element from = t.element(link.from());
            Element to = t.element(link.to());
            if (link.kind() == LinkKind.BACKEND_STORE) {
                assertTrue(to.y() >= from.y() + box(from).h(), to.name() + " below its pool " + from.name());
            }
        }
        Element edge = Fixtures.element(t, ElementType.EDGE_SERVER, "edge01.contoso.com");
        Element pool = Fixtures.element(t, ElementType.FRONT_END_POOL, "pool01.contoso.com");
        Element director = Fixtures.element(t, ElementType.DIRECTOR, "dir01.contoso.com");
        assertTrue(edge.y() + box(edge).h() <= director.y(), "the Edge above the Director it routes to");
        assertTrue(edge.y() < pool.y(), "the Edge on the perimeter side, above the pools");
    }

    @Test
    void manyMembersWidenTheirPool() {
        List<Element> elements = new ArrayList<>();
        elements.add(new Element("p", ElementType.FRONT_END_POOL, org.coexist.model.ProductVersion.LYNC_2013,
                "pool", "f", null, 0, 0, 0, 0, java.util.Map.of(), java.util.Map.of()));
        for (int i = 0; i < 4; i++) {
            elements.add(new Element("m" + i, ElementType.MEDIATION_SERVER, org.coexist.model.ProductVersion.LYNC_2013,
                    "med" + i, "f", "p", 0, 0, 0, 0, java.util.Map.of(), java.util.Map.of()));
        }
        TopologyLayout.Arranged arranged = new TopologyLayout(new DiagramGeometry(CatalogReader.readBundled()))
                .arrange(new Forest("f", "forest", 0, 0, 0, 0), elements, List.of(), 100, 100);
        Element pool = arranged.elements().stream().filter(e -> e.id().equals("p")).findFirst().orElseThrow();
        assertTrue(pool.width() >= 4 * DiagramGeometry.CARD_WIDTH, "four cards side by side: " + pool.width());
        assertEquals(100, arranged.forest().x());
        for (Element e : arranged.elements()) {
            assertEquals(Math.rint(e.x()), e.x(), "whole coordinates");
        }
    }
}
