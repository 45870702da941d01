package org.coexist.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * A large, plausible topology for measuring the canvas: forests laid out in a grid, each with two pools holding
 * members and rows of cards, and links of kinds the catalog allows. Seeded, so every run draws the same diagram.
 */
public final class TopologyGenerator {
    private static final double POOL_WIDTH = 400;
    private static final double POOL_HEIGHT = 220;
    private static final int COLUMNS = 10;
    private final Catalog catalog;
    private final Random random;

    public TopologyGenerator(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.random = new Random(seed);
    }

    /** About {@code elements} elements in {@code forests} forests, with up to {@code linksPerElement} each. */
    public Topology generate(int forests, int elements, int linksPerElement) {
        Topology topology = new Topology("Generated " + elements);
        int perForest = Math.max(10, elements / forests);
        int rows = (int) Math.ceil((perForest - 10) / (double) COLUMNS);
        double forestWidth = 40 + COLUMNS * 200;
        double forestHeight = 32 + 20 + POOL_HEIGHT + 40 + rows * 100 + 20;
        List<ElementType> cardTypes = catalog.elementTypes().stream()
                .filter(spec -> !spec.container()).map(ElementTypeSpec::type).toList();
        int made = 0;
        for (int f = 0; f < forests && made < elements; f++) {
            double fx = (f % 5) * (forestWidth + 80);
            double fy = (f / 5) * (forestHeight + 80);
            Forest forest = new Forest(topology.newId("f"), "forest" + (f + 1) + ".contoso.local", fx, fy,
                    forestWidth, forestHeight);
            topology.addForest(forest);
            List<Element> inForest = new ArrayList<>();
            for (int p = 0; p < 2 && made < elements; p++) {
                ElementType poolType = p == 0 ? ElementType.FRONT_END_POOL : ElementType.STANDARD_EDITION_SERVER;
                double px = fx + 20 + p * (POOL_WIDTH + 40);
                double py = fy + 52;
                Element pool = new Element(topology.newId("e"), poolType, version(poolType), "pool" + made,
                        forest.id(), null, px, py, POOL_WIDTH, POOL_HEIGHT, Map.of(), Map.of());
                topology.addElement(pool);
                inForest.add(pool);
                made++;
                for (int m = 0; m < 4 && made < elements; m++) {
                    ElementType type = cardTypes.get(random.nextInt(cardTypes.size()));
                    Element member = new Element(topology.newId("e"), type, version(type), "srv" + made,
                            forest.id(), pool.id(), px + 20 + (m % 2) * 190, py + 60 + (m / 2) * 76, 0, 0,
                            Map.of(), Map.of());
                    topology.addElement(member);
                    inForest.add(member);
                    made++;
                }
            }
            int cards = perForest - inForest.size();
            for (int c = 0; c < cards && made < elements; c++) {
                ElementType type = cardTypes.get(random.nextInt(cardTypes.size()));
                double x = fx + 20 + (c % COLUMNS) * 200;
                double y = fy + 52 + POOL_HEIGHT + 40 + (c / COLUMNS) * 100;
                Element card = new Element(topology.newId("e"), type, version(type), "host" + made, forest.id(),
                        null, x, y, 0, 0, Map.of(), Map.of());
                topology.addElement(card);
                inForest.add(card);
                made++;
            }
            link(topology, inForest, linksPerElement);
        }
        return topology;
    }

    private void link(Topology topology, List<Element> elements, int perElement) {
        for (Element from : elements) {
            int linked = 0;
            for (int attempt = 0; attempt < 12 && linked < perElement; attempt++) {
                Element to = elements.get(random.nextInt(elements.size()));
                LinkKind kind = catalog.proposedKind(from, to);
                if (kind != null) {
                    topology.addLink(new Link(topology.newId("l"), kind, from.id(), to.id()));
                    linked++;
                }
            }
        }
    }

    private ProductVersion version(ElementType type) {
        List<ProductVersion> versions = catalog.spec(type).versions();
        return versions.get(random.nextInt(versions.size()));
    }
}
