package org.coexist.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Random but loadable topologies for property tests: every type with a version it may have, members nested in
 * pools of their own forest, links of any kind between any elements (fit or not), phases hiding random ids, and
 * unknown properties and fields of every JSON shape, with names outside ASCII. Values use the Java types the
 * reader produces (Integer, Long, Double, String, Boolean, null, List, Map), so a read-back model is equal.
 */
final class RandomTopologies {
    private static final String[] WORDS = {"pool", "sql", "edge", "contoso", "fabrikam", "größe", "名前", "ñandú",
        "emoji\uD83D\uDE80", "tab\there", "quote\"d", "back\\slash", "line\nbreak", "", " spaced "};

    private final Catalog catalog;
    private final Random random;
    private final List<ElementTypeSpec> types;
    private int serial;

    RandomTopologies(Catalog catalog, Random random) {
        this.catalog = catalog;
        this.random = random;
        this.types = List.copyOf(catalog.elementTypes());
    }

    Topology next() {
        serial = 0;
        Topology topology = new Topology(text());
        if (random.nextBoolean()) {
            topology.setDescription(text());
        }
        topology.setExtra(unknownFields(TopologyBinder.DOCUMENT_KEYS));
        List<String> forestIds = new ArrayList<>();
        int forests = random.nextInt(4);
        for (int i = 0; i < forests; i++) {
            Forest forest = new Forest(id("f"), text(), coordinate(), coordinate(), size(), size(),
                    properties(), unknownFields(TopologyBinder.FOREST_KEYS));
            topology.addForest(forest);
            forestIds.add(forest.id());
        }
        List<String> ids = new ArrayList<>(forestIds);
        List<Element> pools = new ArrayList<>();
        int elements = forestIds.isEmpty() ? 0 : random.nextInt(25);
        for (int i = 0; i < elements; i++) {
            Element element = element(forestIds, pools);
            topology.addElement(element);
            ids.add(element.id());
            if (catalog.spec(element.type()).container()) {
                pools.add(element);
            }
        }
        List<Element> placed = List.copyOf(topology.elements());
        int links = placed.isEmpty() ? 0 : random.nextInt(20);
        for (int i = 0; i < links; i++) {
            LinkKind kind = LinkKind.values()[random.nextInt(LinkKind.values().length)];
            Link link = new Link(id("l"), kind, pick(placed).id(), pick(placed).id(), properties(),
                    unknownFields(TopologyBinder.LINK_KEYS));
            topology.addLink(link);
            ids.add(link.id());
        }
        int phases = random.nextInt(4);
        for (int i = 0; i < phases; i++) {
            List<String> hidden = new ArrayList<>();
            int count = ids.isEmpty() ? 0 : random.nextInt(Math.min(ids.size(), 6) + 1);
            for (int h = 0; h < count; h++) {
                hidden.add(pick(ids));
            }
            topology.addPhase(new Phase(id("ph"), text(), random.nextBoolean() ? "" : text(), hidden,
                    unknownFields(TopologyBinder.PHASE_KEYS)));
        }
        return topology;
    }

    private Element element(List<String> forestIds, List<Element> pools) {
        ElementTypeSpec spec = pick(types);
        ProductVersion version = pick(spec.versions());
        String forest = pick(forestIds);
        String parent = null;
        if (!pools.isEmpty() && spec.member() && random.nextInt(3) == 0) {
            Element pool = pick(pools);
            parent = pool.id();
            forest = pool.forest();
        }
        boolean sized = random.nextInt(4) == 0;
        ElementType type = spec.type();
        return new Element(id("e"), type, version, text(), forest, parent, coordinate(), coordinate(),
                sized ? size() : 0, sized ? size() : 0, properties(), unknownFields(TopologyBinder.ELEMENT_KEYS));
    }

    private String id(String prefix) {
        // Ids are only unique, not meaningful: a few carry characters a script might use.
        serial++;
        return random.nextInt(10) == 0 ? prefix + "-" + WORDS[random.nextInt(5)] + serial : prefix + serial;
    }

    private double coordinate() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(2000) - 500;
            case 1 -> Math.round(random.nextDouble() * 4000) / 4.0;
            case 2 -> random.nextDouble() * 3000 - 1000;
            default -> 0;
        };
    }

    private double size() {
        return random.nextBoolean() ? 1 + random.nextInt(1200) : 1 + random.nextDouble() * 900;
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(4);
        for (int i = 0; i < words; i++) {
            text.append(i > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            properties.put(name(), value(0));
        }
        return properties;
    }

    /** Fields a newer Coexist or a script might add, never one of the keys the format defines. */
    private Map<String, Object> unknownFields(Set<String> known) {
        Map<String, Object> fields = new LinkedHashMap<>();
        int count = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        while (fields.size() < count) {
            String name = name();
            if (!known.contains(name)) {
                fields.put(name, value(0));
            }
        }
        return fields;
    }

    private String name() {
        return switch (random.nextInt(5)) {
            case 0 -> "host";
            case 1 -> WORDS[random.nextInt(WORDS.length)];
            case 2 -> "x" + random.nextInt(100);
            case 3 -> "ключ" + random.nextInt(10);
            default -> "future" + random.nextInt(20);
        };
    }

    private Object value(int depth) {
        int kinds = depth < 3 ? 9 : 7;
        return switch (random.nextInt(kinds)) {
            case 0 -> text();
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextBoolean() ? (Object) (Integer.MAX_VALUE + 1L + random.nextInt(1000))
                    : Long.MIN_VALUE + random.nextInt(1000);
            case 4 -> random.nextBoolean() ? random.nextDouble() * 1e6 : (double) random.nextInt(100);
            case 5 -> null;
            case 6 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 7 -> {
                List<Object> items = new ArrayList<>();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    items.add(value(depth + 1));
                }
                yield items;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    map.put(name(), value(depth + 1));
                }
                yield map;
            }
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
