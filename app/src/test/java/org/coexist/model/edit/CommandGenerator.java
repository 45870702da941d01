package org.coexist.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Properties;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;

/**
 * Random commands of every kind the designer makes, built by {@link Edits} and {@link PhaseEdits} from the
 * topology as it is, as the designer builds them. Some change nothing (a move by 0, a rename to the same name);
 * some fail when run (a pool dropped into its own member).
 */
final class CommandGenerator {
    private static final double[] OFFSETS = {0, 0, 20, -20, 13.5, 400};
    private static final String[] HOSTS = {"h1", "h2", null};
    private static final String[] NAMES = {"alpha", "beta", "gamma"};

    private final Catalog catalog;
    private final Edits edits;
    private final Topology topology;
    private final Random random;
    String last = "";

    CommandGenerator(Catalog catalog, Topology topology, Random random) {
        this.catalog = catalog;
        this.edits = new Edits(catalog, EditNames.ENGLISH);
        this.topology = topology;
        this.random = random;
    }

    /** A command for the topology as it is now; empty when the one drawn cannot be built. */
    EditCommand next() {
        for (int tries = 0; tries < 10; tries++) {
            try {
                EditCommand command = draw();
                if (command != null) {
                    last = command.name();
                    return command;
                }
            } catch (IllegalArgumentException refusedByTheBuilder) {
                // A pool dropped into itself and the like: the designer never offers these; draw again.
            }
        }
        return new EditCommand("Nothing", List.of());
    }

    private EditCommand draw() {
        List<Forest> forests = new ArrayList<>(topology.forests());
        List<Element> elements = new ArrayList<>(topology.elements());
        List<Link> links = new ArrayList<>(topology.links());
        List<Phase> phases = new ArrayList<>(topology.phases());
        int choice = forests.isEmpty() ? 0 : random.nextInt(22);
        return switch (choice) {
            case 0 -> edits.addForest(topology, offset() * 10, offset(), 600, 400);
            case 1, 2, 3 -> addElement(forests);
            case 4, 5 -> elements.isEmpty() ? null : connect(pick(elements), pick(elements));
            case 6 -> edits.move(topology, some(forests, elements), offset(), offset());
            case 7 -> edits.nudge(topology, some(List.of(), elements), offset(), offset());
            case 8 -> moveInto(forests, elements);
            case 9 -> edits.delete(topology, some(forests, elements, links));
            case 10 -> rename(forests, elements);
            case 11 -> elements.isEmpty() ? null : setVersion(pick(elements));
            case 12 -> setProperty(forests, elements, links);
            case 13 -> links.isEmpty() ? null
                    : edits.setKind(topology, pick(links).id(), LinkKind.values()[random.nextInt(LinkKind.values().length)]);
            case 14 -> resize(forests, elements);
            case 15 -> edits.paste(topology, Clip.of(topology, some(forests, elements)), offset(), offset(),
                    pick(forests).id(), "edit.paste");
            case 16 -> edits.phases().add(topology, pickName(), random.nextInt(phases.size() + 1));
            case 17 -> phases.isEmpty() ? null : edits.phases().remove(topology, pick(phases).id());
            case 18 -> phases.isEmpty() ? null : edits.phases().rename(topology, pick(phases).id(), pickName());
            case 19 -> phases.isEmpty() ? null : edits.phases().setNotes(topology, pick(phases).id(), pickName());
            case 20 -> phases.isEmpty() ? null
                    : edits.phases().move(topology, pick(phases).id(), random.nextInt(phases.size()));
            default -> phases.isEmpty() || elements.isEmpty() ? null : lifecycle(phases.size(), pick(elements));
        };
    }

    private EditCommand addElement(List<Forest> forests) {
        ElementType type = ElementType.values()[random.nextInt(ElementType.values().length)];
        ElementTypeSpec spec = catalog.spec(type);
        Forest forest = pick(forests);
        String parent = null;
        List<Element> containers = topology.elementsIn(forest.id()).stream()
                .filter(e -> catalog.spec(e.type()).container()).toList();
        if (spec.member() && !containers.isEmpty() && random.nextBoolean()) {
            parent = pick(containers).id();
        }
        return edits.addElement(topology, type, pick(spec.versions()), forest.id(), parent, offset(), offset());
    }

    private EditCommand connect(Element from, Element to) {
        List<LinkKind> fitting = catalog.kindsFor(from, to);
        LinkKind kind = fitting.isEmpty() || random.nextInt(4) == 0
                ? LinkKind.values()[random.nextInt(LinkKind.values().length)] : pick(fitting);
        return edits.connect(topology, from.id(), to.id(), kind);
    }

    private EditCommand moveInto(List<Forest> forests, List<Element> elements) {
        if (elements.isEmpty()) {
            return null;
        }
        Forest forest = pick(forests);
        List<Element> containers = topology.elementsIn(forest.id()).stream()
                .filter(e -> catalog.spec(e.type()).container()).toList();
        String parent = containers.isEmpty() || random.nextBoolean() ? null : pick(containers).id();
        return edits.moveInto(topology, some(List.of(), elements), offset(), offset(), forest.id(), parent);
    }

    private EditCommand rename(List<Forest> forests, List<Element> elements) {
        if (!elements.isEmpty() && random.nextBoolean()) {
            Element element = pick(elements);
            return edits.rename(topology, element.id(), random.nextBoolean() ? element.name() : pickName());
        }
        Forest forest = pick(forests);
        return edits.rename(topology, forest.id(), random.nextBoolean() ? forest.name() : pickName());
    }

    private EditCommand setVersion(Element element) {
        List<ProductVersion> versions = catalog.spec(element.type()).versions();
        return edits.setVersion(topology, element.id(), pick(versions));
    }

    private EditCommand setProperty(List<Forest> forests, List<Element> elements, List<Link> links) {
        List<String> ids = new ArrayList<>();
        forests.forEach(f -> ids.add(f.id()));
        elements.forEach(e -> ids.add(e.id()));
        links.forEach(l -> ids.add(l.id()));
        String key = random.nextBoolean() ? Properties.HOST : Properties.FEDERATION_ENABLED;
        Object value = key.equals(Properties.HOST) ? HOSTS[random.nextInt(HOSTS.length)]
                : random.nextInt(3) == 0 ? null : random.nextBoolean();
        return edits.setProperty(topology, pick(ids), key, value);
    }

    private EditCommand resize(List<Forest> forests, List<Element> elements) {
        if (!elements.isEmpty() && random.nextBoolean()) {
            Element element = pick(elements);
            return edits.resize(topology, element.id(), element.x(), element.y(), 200 + offset(), 150);
        }
        Forest forest = pick(forests);
        return edits.resize(topology, forest.id(), forest.x() + offset(), forest.y(), forest.width() + offset(),
                forest.height());
    }

    private EditCommand lifecycle(int phaseCount, Element element) {
        int introduced = random.nextInt(phaseCount + 1);
        int retired = introduced + random.nextInt(phaseCount + 1 - introduced);
        return edits.phases().setLifecycle(topology, element.id(), introduced, retired);
    }

    /** A few of the given records' ids, maybe none. */
    private List<String> some(Collection<?>... groups) {
        List<String> ids = new ArrayList<>();
        for (Collection<?> group : groups) {
            for (Object record : group) {
                if (random.nextInt(Math.max(1, group.size() / 2)) == 0) {
                    ids.add(idOf(record));
                }
            }
        }
        return ids;
    }

    private static String idOf(Object record) {
        if (record instanceof Forest forest) {
            return forest.id();
        }
        if (record instanceof Element element) {
            return element.id();
        }
        return ((Link) record).id();
    }

    private double offset() {
        return OFFSETS[random.nextInt(OFFSETS.length)];
    }

    private String pickName() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
