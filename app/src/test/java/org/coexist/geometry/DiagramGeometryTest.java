package org.coexist.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The one geometry: sizes from the element or the catalog, forest boxes, and where links are drawn. */
class DiagramGeometryTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private final DiagramGeometry geometry = new DiagramGeometry(CATALOG);

    private static Element element(String id, ElementType type, double x, double y, double width, double height) {
        return new Element(id, type, CATALOG.spec(type).newestVersion(), id, "f", null, x, y, width, height,
                Map.of(), Map.of());
    }

    @Test
    void anElementWithoutASizeHasItsTypesDefaultFromTheCatalog() {
        assertEquals(new Box(10, 20, 340, 200), geometry.box(element("p", ElementType.FRONT_END_POOL, 10, 20, 0, 0)));
        assertEquals(new Box(10, 20, 170, 60), geometry.box(element("e", ElementType.EDGE_SERVER, 10, 20, 0, 0)));
        assertEquals(new Box(10, 20, 400, 180), geometry.box(element("p", ElementType.FRONT_END_POOL, 10, 20, 400, 180)));
        assertTrue(geometry.isContainer(element("p", ElementType.STANDARD_EDITION_SERVER, 0, 0, 0, 0)));
        for (var spec : CATALOG.elementTypes()) {
            assertTrue(spec.defaultWidth() > 0 && spec.defaultHeight() > 0, spec.type() + " has a default size");
        }
    }

    @Test
    void aForestWithoutASizeIsDrawnAroundItsElementsWithRoomForItsName() {
        Forest sized = new Forest("f", "contoso", 0, 0, 600, 400);
        assertEquals(new Box(0, 0, 600, 400), geometry.box(sized, List.of()));
        Forest unsized = new Forest("f", "contoso", 0, 0, 0, 0);
        Box box = geometry.box(unsized, List.of(element("e", ElementType.EDGE_SERVER, 100, 100, 0, 0)));
        assertEquals(100 - DiagramGeometry.PADDING, box.x());
        assertEquals(100 - DiagramGeometry.FOREST_HEADER - DiagramGeometry.PADDING, box.y());
        assertTrue(box.contains(new Box(100, 100, 170, 60)));
    }

    @Test
    void linksRunBorderToBorderOrFromAMemberUpToItsPoolsHeader() {
        Segment across = DiagramGeometry.connector(new Box(0, 0, 100, 100), new Box(300, 0, 100, 100));
        assertEquals(new Segment(100, 50, 300, 50), across);
        Box pool = new Box(0, 0, 400, 200);
        Box member = new Box(100, 100, 170, 60);
        assertEquals(new Segment(185, 100, 185, DiagramGeometry.POOL_HEADER),
                DiagramGeometry.connector(member, pool), "from the member's top up to the header");
        assertEquals(new Segment(185, DiagramGeometry.POOL_HEADER, 185, 100),
                DiagramGeometry.connector(pool, member), "the other way round");
        assertNull(DiagramGeometry.connector(pool, pool), "nothing to draw between coinciding boxes");
        assertTrue(across.meets(new Box(150, 40, 10, 20)));
        assertTrue(!across.meets(new Box(150, 60, 10, 20)));
        assertEquals(10, across.distanceTo(200, 60), 1e-9);
    }

    @Test
    void aPointFallsInTheInnermostContainer() {
        org.coexist.model.Topology topology = new org.coexist.model.Topology();
        topology.addForest(new Forest("f", "contoso", 0, 0, 800, 600));
        topology.addElement(element("p", ElementType.FRONT_END_POOL, 40, 60, 0, 0));
        assertEquals(new DiagramGeometry.Placement("f", "p"), geometry.placementAt(topology, 200, 200,
                java.util.Set.of(), true));
        assertEquals(new DiagramGeometry.Placement("f", null), geometry.placementAt(topology, 600, 500,
                java.util.Set.of(), true));
        assertNull(geometry.placementAt(topology, 900, 500, java.util.Set.of(), true));
        assertEquals(ProductVersion.SFB_2019, geometry.elementAt(topology, 50, 70).version());
    }
}
