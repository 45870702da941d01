package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Saving then loading gives an equal model; loading then saving gives the same bytes. */
class RoundTripPropertyTest {
    private static final int TOPOLOGIES = 400;
    private static final Catalog CATALOG = CatalogReader.readBundled();

    @Test
    void saveLoadSaveIsStable() throws TopologyFileException {
        RandomTopologies random = new RandomTopologies(CATALOG, new Random(0xC0E815L));
        TopologyReader reader = new TopologyReader(CATALOG);
        TopologyWriter writer = new TopologyWriter();
        int elements = 0;
        int nested = 0;
        for (int i = 0; i < TOPOLOGIES; i++) {
            Topology original = random.next();
            byte[] saved = writer.toBytes(original);
            String name = "random-" + i + ".coexist.json";
            Topology loaded = reader.read(saved, name);

            assertEquals(original.name(), loaded.name(), name);
            assertEquals(original.description(), loaded.description(), name);
            assertEquals(original.extra(), loaded.extra(), name);
            assertEquals(List.copyOf(original.forests()), List.copyOf(loaded.forests()), name);
            assertEquals(List.copyOf(original.elements()), List.copyOf(loaded.elements()), name);
            assertEquals(List.copyOf(original.links()), List.copyOf(loaded.links()), name);
            assertEquals(original.phases(), loaded.phases(), name);
            assertArrayEquals(saved, writer.toBytes(loaded), name);

            elements += original.elements().size();
            nested += (int) original.elements().stream().filter(e -> e.parent() != null).count();
        }
        // The generator must actually exercise what the property is about.
        assertTrue(elements > TOPOLOGIES * 5, "elements generated: " + elements);
        assertTrue(nested > TOPOLOGIES / 8, "pool members generated: " + nested);
    }
}
