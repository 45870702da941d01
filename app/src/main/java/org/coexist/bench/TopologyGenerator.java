package org.coexist.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Seeded synthetic topologies for the benchmark: forests of about a hundred elements each with a realistic mix
 * of every family (pools and their roles, SQL back ends, Exchange servers and roles, clients, applications), about
 * three links per element of kinds the catalog proposes, and enough version mixing that many rules fire.
 */
public final class TopologyGenerator {
    private static final int ELEMENTS_PER_FOREST = 100;
    private static final int LINKS_PER_ELEMENT = 3;
    private static final int COLUMNS = 10;
    static final int COMPUTERS_PER_FOREST = 40;

    /** Relative weights of element types in a forest: pools and clients dominate, as in real designs. */
    private static final Map<ElementType, Integer> WEIGHTS = weights();

    private final Catalog catalog;
    private final Random random;

    public TopologyGenerator(Catalog catalog, long seed) {
        this.catalog = catalog;
        this.random = new Random(seed);
    }

    public Topology generate(int elementCount) {
        Topology topology = new Topology("Synthetic topology of " + elementCount + " elements");
        int forests = Math.max(1, (elementCount + ELEMENTS_PER_FOREST - 1) / ELEMENTS_PER_FOREST);
        List<List<Element>> byForest = new ArrayList<>();
        int made = 0;
        for (int f = 0; f < forests; f++) {
            double fx = (f % 10) * 2000.0;
            double fy = (f / 10) * 1300.0;
            Forest forest = new Forest("f" + f, "site" + f + ".contoso.com", fx, fy, 1900, 1200)
                    .withProperty(Properties.EXCHANGE_ORGANIZATION_MODE, pick("native", "native", "mixed", null));
            topology.addForest(forest);
            List<Element> members = new ArrayList<>();
            int count = Math.min(ELEMENTS_PER_FOREST, elementCount - made);
            for (int i = 0; i < count; i++) {
                Element element = element(topology, forest, members, made + i, i);
                topology.addElement(element);
                members.add(element);
            }
            made += count;
            byForest.add(members);
        }
        int linkId = 0;
        for (int f = 0; f < byForest.size(); f++) {
            List<Element> members = byForest.get(f);
            for (Element from : members) {
                for (int k = 0; k < LINKS_PER_ELEMENT; k++) {
                    List<Element> pool = random.nextInt(100) == 0 && byForest.size() > 1
                            ? byForest.get(random.nextInt(byForest.size())) : members;
                    Link link = link("l" + linkId, from, pool);
                    if (link != null) {
                        topology.addLink(link);
                        linkId++;
                    }
                }
            }
        }
        return topology;
    }

    private Element element(Topology topology, Forest forest, List<Element> siblings, int serial, int slot) {
        ElementType type = weightedType();
        ElementTypeSpec spec = catalog.spec(type);
        ProductVersion version = spec.versions().get(random.nextInt(spec.versions().size()));
        double x = forest.x() + 40 + (slot % COLUMNS) * 185.0;
        double y = forest.y() + 60 + (slot / COLUMNS) * 110.0;
        Map<String, Object> properties = new LinkedHashMap<>();
        if (spec.properties().contains(Properties.HOST)) {
            properties.put(Properties.HOST, computerName(forest, random.nextInt(COMPUTERS_PER_FOREST)) + "."
                    + forest.name());
        }
        if (spec.properties().contains(Properties.ARCHITECTURE)) {
            properties.put(Properties.ARCHITECTURE, random.nextInt(20) == 0 ? "x86" : "x64");
        }
        if (spec.properties().contains(Properties.OUTSIDE_VOICE_CONTROL) && random.nextInt(30) == 0) {
            properties.put(Properties.OUTSIDE_VOICE_CONTROL, true);
        }
        if (spec.properties().contains(Properties.PERSISTENT_CHAT_ENABLED)) {
            properties.put(Properties.PERSISTENT_CHAT_ENABLED, random.nextBoolean());
        }
        if (spec.properties().contains(Properties.API)) {
            properties.put(Properties.API, pick("LCS_2005_API", "UC_AJAX_API", "UCMA", "OTHER"));
        }
        String parent = null;
        if (spec.member() && type != ElementType.SQL_INSTANCE && random.nextInt(4) == 0) {
            for (Element sibling : siblings) {
                if (catalog.spec(sibling.type()).container() && sibling.parent() == null) {
                    parent = sibling.id();
                    break;
                }
            }
        }
        return new Element("e" + serial, type, version, spec.namePrefix() + serial, forest.id(), parent, x, y, 0, 0,
                properties, Map.of());
    }

    /**
     * The name of a computer of the forest. Each forest names its own computers: a name shared by every forest
     * ("host7" in a hundred domains) would make each computer name a candidate of a hundred forests' elements
     * (hosts compare by their first label, domain.md), which no real design does.
     */
    static String computerName(Forest forest, int number) {
        return forest.id() + "-host" + number;
    }

    /** A link of a kind the catalog proposes to a random partner; now and then one that does not fit. */
    private Link link(String id, Element from, List<Element> candidates) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Element to = candidates.get(random.nextInt(candidates.size()));
            if (to.id().equals(from.id())) {
                continue;
            }
            List<LinkKind> kinds = catalog.kindsFor(from, to);
            if (random.nextInt(50) == 0) {
                return new Link(id, LinkKind.values()[random.nextInt(LinkKind.values().length)], from.id(), to.id());
            }
            if (!kinds.isEmpty()) {
                LinkKind kind = random.nextInt(4) == 0 ? kinds.get(random.nextInt(kinds.size())) : kinds.get(0);
                return new Link(id, kind, from.id(), to.id());
            }
        }
        return null;
    }

    private ElementType weightedType() {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<ElementType, Integer> entry : WEIGHTS.entrySet()) {
            r -= entry.getValue();
            if (r < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Map<ElementType, Integer> weights() {
        Map<ElementType, Integer> w = new LinkedHashMap<>();
        for (ElementType type : ElementType.values()) {
            w.put(type, 3);
        }
        w.put(ElementType.FRONT_END_POOL, 8);
        w.put(ElementType.SQL_INSTANCE, 8);
        w.put(ElementType.LYNC_CLIENT, 10);
        w.put(ElementType.COMMUNICATOR_CLIENT, 8);
        w.put(ElementType.MAILBOX_SERVER, 5);
        w.put(ElementType.EXCHANGE_SERVER, 5);
        w.put(ElementType.NOTES_SERVER, 1);
        return w;
    }
}
