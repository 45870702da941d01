package org.coexist.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Lifecycle;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;

/** Random edits that keep the topology's invariants (links go before their elements). */
final class RandomEditor {
    /** Bare and qualified names of one computer (h1), of another with the same first label, and of others. */
    private static final String[] HOSTS = {"h1", "H1 ", "h1.contoso.com", "H1.Contoso.com", "h1.fabrikam.com", "h2",
        "h3", null};
    private static final LinkKind[] KINDS = LinkKind.values();
    private static final ElementType[] TYPES = ElementType.values();
    private final Topology topology;
    private final Random random;
    private final EditorProfile profile;
    private int next;
    private boolean phaseEdits;
    String last = "";

    RandomEditor(Topology topology, Random random) {
        this(topology, random, EditorProfile.DEFAULT);
    }

    RandomEditor(Topology topology, Random random, EditorProfile profile) {
        this.topology = topology;
        this.random = random;
        this.profile = profile;
    }

    /** Also edits phases and lifecycles (not for callers that keep a phase of their own). */
    RandomEditor withPhaseEdits() {
        phaseEdits = true;
        return this;
    }

    void randomEdit() {
        if (phaseEdits && random.nextInt(5) == 0) {
            randomPhaseEdit();
            return;
        }
        int choice = random.nextInt(17);
        switch (choice) {
            case 0 -> addForest();
            case 1, 2 -> {
                if (topology.elements().size() < 30) {
                    addElement();
                } else {
                    removeElement();
                }
            }
            case 14, 15 -> addWidelyReachingLink();
            case 3 -> removeElement();
            case 4, 5, 6 -> addLink();
            case 7 -> removeLink();
            case 8 -> reversion();
            case 9 -> rekind();
            case 10 -> move();
            case 11, 12 -> setProperty();
            case 16 -> addShape();
            default -> forestMode();
        }
    }

    void addForest() {
        String id = "f" + next++;
        topology.addForest(new Forest(id, id, 0, 0, 500, 500));
        last = "add forest " + id;
    }

    void addElement() {
        ElementType[] hot = profile.hot();
        ElementType type = random.nextInt(4) > 0 ? hot[random.nextInt(hot.length)]
                : TYPES[random.nextInt(TYPES.length)];
        List<ProductVersion> versions = Fixture.CATALOG.spec(type).versions();
        String forest = pick(new ArrayList<>(topology.forests())).id();
        Element element = new Element("e" + next++, type, versions.get(random.nextInt(versions.size())),
                "n" + next, forest, 0, 0);
        List<Element> pools = new ArrayList<>();
        topology.elementsIn(forest).forEach(e -> {
            if (e.type() == ElementType.FRONT_END_POOL) {
                pools.add(e);
            }
        });
        if (!pools.isEmpty() && random.nextBoolean()) {
            element = element.withPlacement(forest, pick(pools).id());
        }
        topology.addElement(element.withProperty(Properties.HOST, HOSTS[random.nextInt(HOSTS.length)]));
        last = "add " + element;
    }

    /**
     * A small group of elements that a rule about several of them looks at (two federating Edge Servers, a
     * Group Chat pool migrating to two Persistent Chat pools, ...), added into one forest so that they meet;
     * later random edits break and restore what the rule sees.
     */
    void addShape() {
        String forest = pick(new ArrayList<>(topology.forests())).id();
        topology.batch(() -> pick(profile.shapes()).accept(this, forest));
        last = "add shape in " + forest;
    }

    /** Adds an element of that type and version, with these property names and values, and returns its id. */
    String place(String forest, ElementType type, ProductVersion version, Object... properties) {
        Element element = new Element("e" + next++, type, version, "n" + next, forest, 0, 0);
        for (int i = 0; i < properties.length; i += 2) {
            element = element.withProperty((String) properties[i], properties[i + 1]);
        }
        topology.addElement(element);
        return element.id();
    }

    void join(LinkKind kind, String from, String to) {
        topology.addLink(new Link("l" + next++, kind, from, to));
    }

    void removeElement() {
        Element victim = randomElement();
        if (victim == null) {
            return;
        }
        topology.batch(() -> {
            topology.linksOf(victim.id()).forEach(l -> topology.removeLink(l.id()));
            topology.childrenOf(victim.id()).forEach(c -> topology.replaceElement(c.withPlacement(c.forest(), null)));
            topology.removeElement(victim.id());
        });
        last = "remove " + victim.id();
    }

    void addLink() {
        Element from = randomElement();
        Element to = randomElement();
        if (from == null) {
            return;
        }
        List<LinkKind> fitting = Fixture.CATALOG.kindsFor(from, to);
        for (int tries = 0; tries < 40 && fitting.isEmpty(); tries++) {
            from = randomElement();
            to = randomElement();
            fitting = Fixture.CATALOG.kindsFor(from, to);
        }
        LinkKind kind = !fitting.isEmpty() && random.nextInt(5) > 0 ? pick(fitting) : KINDS[random.nextInt(KINDS.length)];
        Link link = new Link("l" + next++, kind, from.id(), to.id());
        topology.addLink(link);
        last = "add " + link;
    }

    /** A link of a kind the profile's rules look at, between elements it fits. */
    void addWidelyReachingLink() {
        LinkKind[] kinds = profile.wide();
        LinkKind kind = kinds[random.nextInt(kinds.length)];
        for (int tries = 0; tries < 60; tries++) {
            Element from = randomElement();
            Element to = randomElement();
            if (from != null && Fixture.CATALOG.fits(kind, from, to)) {
                Link link = new Link("l" + next++, kind, from.id(), to.id());
                topology.addLink(link);
                last = "add " + link;
                return;
            }
        }
    }

    void removeLink() {
        Link link = randomLink();
        if (link != null) {
            topology.removeLink(link.id());
            last = "remove " + link.id();
        }
    }

    void reversion() {
        Element element = randomElement();
        if (element != null) {
            List<ProductVersion> versions = Fixture.CATALOG.spec(element.type()).versions();
            topology.replaceElement(element.withVersion(pick(versions)));
            last = "reversion " + topology.element(element.id());
        }
    }

    void rekind() {
        Link link = randomLink();
        if (link == null) {
            return;
        }
        if (random.nextBoolean()) {
            topology.replaceLink(link.withKind(KINDS[random.nextInt(KINDS.length)]));
        } else {
            topology.replaceLink(link.withEndpoints(link.from(), randomElement().id()));
        }
        last = "relink " + topology.link(link.id());
    }

    void move() {
        Element element = randomElement();
        if (element == null) {
            return;
        }
        Forest forest = pick(new ArrayList<>(topology.forests()));
        List<Element> pools = topology.elementsIn(forest.id()).stream()
                .filter(e -> e.type() == ElementType.FRONT_END_POOL && !e.id().equals(element.id())
                        && e.parent() == null).toList();
        String parent = !pools.isEmpty() && random.nextBoolean() && topology.childrenOf(element.id()).isEmpty()
                ? pick(pools).id() : null;
        topology.replaceElement(element.withPlacement(forest.id(), parent));
        last = "move " + element.id() + " to " + forest.id() + "/" + parent;
    }

    void setProperty() {
        Element element = randomElement();
        if (element == null) {
            return;
        }
        Map<String, Object[]> values = new HashMap<>();
        values.put(Properties.HOST, HOSTS);
        values.put(Properties.ARCHITECTURE, new Object[]{"x86", "x64", null});
        values.put(Properties.OUTSIDE_VOICE_CONTROL, new Object[]{true, false, null});
        values.put(Properties.API, new Object[]{"LCS_2005_API", "UC_AJAX_API", "UCMA", null});
        values.put(Properties.PERSISTENT_CHAT_ENABLED, new Object[]{true, false, null});
        values.put(Properties.FEDERATION_ENABLED, new Object[]{true, false, null});
        String key = pick(new ArrayList<>(new LinkedHashSet<>(List.of(Properties.HOST, Properties.ARCHITECTURE,
                Properties.OUTSIDE_VOICE_CONTROL, Properties.API, Properties.PERSISTENT_CHAT_ENABLED,
                Properties.FEDERATION_ENABLED))));
        Object[] choices = values.get(key);
        topology.replaceElement(element.withProperty(key, choices[random.nextInt(choices.length)]));
        last = "set " + topology.element(element.id());
    }

    void forestMode() {
        Forest forest = pick(new ArrayList<>(topology.forests()));
        String[] modes = {"native", "mixed", null};
        topology.replaceForest(forest.withProperty(Properties.EXCHANGE_ORGANIZATION_MODE,
                modes[random.nextInt(modes.length)]));
        last = "mode " + topology.forest(forest.id());
    }

    /** Adds, removes or reorders a phase, hides or shows an id in one, or sets an element's lifecycle. */
    void randomPhaseEdit() {
        List<Phase> phases = topology.phases();
        int choice = phases.isEmpty() ? 0 : random.nextInt(6);
        switch (choice) {
            case 0 -> {
                Phase phase = new Phase("ph" + next++, "phase " + next, "", randomIds());
                topology.addPhase(phase, random.nextInt(phases.size() + 1));
                last = "add " + phase;
            }
            case 1 -> {
                Phase phase = pick(phases);
                topology.removePhase(phase.id());
                last = "remove " + phase.id();
            }
            case 2 -> {
                Phase phase = pick(phases);
                int to = random.nextInt(phases.size());
                topology.batch(() -> {
                    topology.removePhase(phase.id());
                    topology.addPhase(phase, to);
                });
                last = "move " + phase.id() + " to " + to;
            }
            case 3, 4 -> {
                Phase phase = pick(phases);
                Element element = randomElement();
                List<String> hidden = new ArrayList<>(phase.hidden());
                if (element != null && !hidden.remove(element.id())) {
                    hidden.add(element.id());
                }
                topology.replacePhase(phase.withHidden(hidden));
                last = "hidden " + topology.phase(phase.id());
            }
            default -> {
                Element element = randomElement();
                if (element == null) {
                    return;
                }
                int introduced = random.nextInt(phases.size());
                int retired = introduced + 1 + random.nextInt(phases.size() - introduced);
                List<Phase> after = new Lifecycle(introduced, retired, false).applyTo(phases, element.id());
                topology.batch(() -> after.forEach(topology::replacePhase));
                last = "lifecycle of " + element.id() + " " + introduced + ".." + retired;
            }
        }
    }

    private List<String> randomIds() {
        List<String> ids = new ArrayList<>();
        for (Element element : topology.elements()) {
            if (random.nextInt(3) == 0) {
                ids.add(element.id());
            }
        }
        return ids;
    }

    private Element randomElement() {
        List<Element> all = new ArrayList<>(topology.elements());
        return all.isEmpty() ? null : pick(all);
    }

    private Link randomLink() {
        List<Link> all = new ArrayList<>(topology.links());
        return all.isEmpty() ? null : pick(all);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
