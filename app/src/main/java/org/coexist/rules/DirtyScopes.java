package org.coexist.rules;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ModelChange;
import org.coexist.model.Properties;
import org.coexist.model.Topology;
import org.coexist.rules.spi.HostKeys;

/**
 * What a run of model changes may have changed the verdict of, per scope kind. Collected from the changes'
 * before and after values while a batch runs; widened to neighbours against the settled topology.
 *
 * <ul>
 * <li>links: the changed links and the links of changed elements (data rules look at a link and its ends), and
 * the links of both ends of a changed UPGRADES_IN_PLACE link (a rule comparing two ends skips a pair joined by
 * one);</li>
 * <li>links two hops away: also the links of every element a changed link touches and, when an element's version
 * or name changed, of its every neighbour (a client's home pool, the other reporters of a monitoring server): of
 * those, the links of the kinds that such rules are about;</li>
 * <li>elements: changed elements and the ends of changed links (an element's own links), and the members of a
 * pool whose version or name changed (a member is compared with its pool);</li>
 * <li>forests: each with what changed there, so that only the forest rules that read it run again
 * ({@link Touch}): the types and versions of changed elements where they were and are; of the source of an
 * UPGRADES_IN_PLACE link that changed or whose end changed (whether it counts toward its forest's versions, see
 * {@link org.coexist.rules.spi.InPlaceUpgrades}); the kinds of changed links that forest rules read, at both ends
 * (rule 53 looks for a route between Exchange versions), and beside an element whose version changed across
 * such a link (rule 45 reads the version a migration leads to); and a changed forest, whole;</li>
 * <li>hosts: where changed elements ran and run, with their types and versions, and where the SQL instances of
 * their back ends run, with those instances' (rules about shared back ends read the instances), so that only the
 * host rules that read those run again; an element whose host alone changed also has its links re-checked where
 * a link rule reads the ends' hosts ({@link org.coexist.rules.spi.LinkChecker#readsHosts()}; rule 46);</li>
 * <li>the plan: after any change of a phase, and of an element other than a move (see
 * {@link org.coexist.rules.spi.PlanChecker}).</li>
 * </ul>
 */
final class DirtyScopes {
    private final Set<String> changedLinks = new HashSet<>();
    private final Set<String> changedElements = new HashSet<>();
    /** Changed elements whose version or name changed: rules two hops away read those (a client's home pool). */
    private final Set<String> reachingElements = new HashSet<>();
    private final Set<String> touchedElements = new HashSet<>();
    /** The kinds of link forest rules read, and those rules two hops away are about: one bit per kind. */
    private final int forestLinkKinds;
    private final int twoHopKinds;
    /** Ends of changed links of a kind forest rules read, with the kind: their forests are re-checked for it. */
    private final Map<String, Set<LinkKind>> forestLinkEnds = new HashMap<>();
    private final Set<String> upgradeEnds = new HashSet<>();
    /** Ends of changed UPGRADES_IN_PLACE links: the verdicts on the links between them may change. */
    private final Set<String> upgradePairs = new HashSet<>();
    /** Forests where changed elements were and are, with what changed there; changed forests, whole. */
    private final Map<String, Touch> forests = new HashMap<>();
    private final Map<String, Touch> hosts = new HashMap<>();
    private final int hostReadingLinkKinds;
    /** Elements whose host alone changed, when some link rule reads hosts: their links of those kinds. */
    private final Set<String> rehostedElements = new HashSet<>();
    private boolean plan;

    final Set<String> linkKeys = new HashSet<>();
    final Set<String> twoHopLinkKeys = new HashSet<>();
    final Set<String> elementKeys = new HashSet<>();
    final Map<String, Touch> forestKeys = new HashMap<>();
    final Map<String, Touch> hostKeys = new HashMap<>();
    boolean planKey;
    /** Elements whose links of the kinds two hops away are among twoHopLinkKeys already. */
    private final Set<String> reached = new HashSet<>();

    /**
     * @param forestLinkKinds the kinds of link some forest rule reads (see {@link RuleBook#forestLinkKinds})
     * @param twoHopKinds     the kinds of link some rule of scope LINK_TWO_HOPS is about
     * @param hostReadingLinkKinds the kinds of link some link rule reads the ends' hosts of
     */
    DirtyScopes(Set<LinkKind> forestLinkKinds, Set<LinkKind> twoHopKinds, Set<LinkKind> hostReadingLinkKinds) {
        this.forestLinkKinds = bits(forestLinkKinds);
        this.twoHopKinds = bits(twoHopKinds);
        this.hostReadingLinkKinds = bits(hostReadingLinkKinds);
    }

    private static int bits(Set<LinkKind> kinds) {
        int bits = 0;
        for (LinkKind kind : kinds) {
            bits |= 1 << kind.ordinal();
        }
        return bits;
    }

    private static boolean has(int kinds, LinkKind kind) {
        return (kinds & (1 << kind.ordinal())) != 0;
    }

    boolean isEmpty() {
        return changedLinks.isEmpty() && changedElements.isEmpty() && forests.isEmpty() && hosts.isEmpty()
                && !plan;
    }

    /** Notes a change, from its before and after values alone. */
    void record(ModelChange change) {
        if (change instanceof ModelChange.PhaseChange) {
            plan = true;
            return;
        }
        if (change instanceof ModelChange.ElementChange c && c.before() != null
                && c.before().sameButForGeometry(c.after())) {
            // A move or a resize, the designer's most frequent edits: no rule looks at geometry.
            return;
        }
        if (change instanceof ModelChange.ElementChange) {
            plan = true;
        }
        if (change instanceof ModelChange.ForestChange c && c.before() != null && c.after() != null
                && c.before().withBounds(0, 0, 0, 0).equals(c.after().withBounds(0, 0, 0, 0))) {
            return;
        }
        if (change instanceof ModelChange.ElementChange c && c.before() != null && c.after() != null
                && onlyHostChanged(c.before(), c.after())) {
            // Only the computer changed: that matters to the rules about shared hardware alone.
            addHost(hosts, c.before());
            addHost(hosts, c.after());
            if (hostReadingLinkKinds != 0) {
                rehostedElements.add(c.current().id());
            }
            return;
        }
        if (change instanceof ModelChange.ElementChange c) {
            changedElements.add(c.current().id());
            if (c.before() == null || c.after() == null || c.before().version() != c.after().version()
                    || !c.before().name().equals(c.after().name())) {
                reachingElements.add(c.current().id());
            }
            noteElement(c.before());
            noteElement(c.after());
        } else if (change instanceof ModelChange.LinkChange c) {
            changedLinks.add(c.current().id());
            noteLink(c.before());
            noteLink(c.after());
        } else if (change instanceof ModelChange.ForestChange c) {
            forests.computeIfAbsent(c.current().id(), k -> new Touch()).touchWhole();
        }
    }

    private void noteElement(Element element) {
        if (element != null) {
            touch(forests, element);
            addHost(hosts, element);
        }
    }

    private void noteLink(Link link) {
        if (link != null) {
            touchedElements.add(link.from());
            touchedElements.add(link.to());
            if (link.kind() == LinkKind.UPGRADES_IN_PLACE) {
                // Whether its source counts toward its forest changes: a change to the source, for forest rules.
                upgradeEnds.add(link.from());
                // Rules comparing a link's two ends skip a pair joined by an in-place upgrade.
                upgradePairs.add(link.from());
                upgradePairs.add(link.to());
            }
            if (has(forestLinkKinds, link.kind())) {
                forestLinkEnds.computeIfAbsent(link.from(), k -> EnumSet.noneOf(LinkKind.class)).add(link.kind());
                forestLinkEnds.computeIfAbsent(link.to(), k -> EnumSet.noneOf(LinkKind.class)).add(link.kind());
            }
        }
    }

    /** Whether the two differ at most in their host (compared without copying either). */
    private static boolean onlyHostChanged(Element before, Element after) {
        boolean same = before.id().equals(after.id()) && before.type() == after.type()
                && before.version() == after.version() && before.name().equals(after.name())
                && before.forest().equals(after.forest()) && Objects.equals(before.parent(), after.parent())
                && Double.compare(before.x(), after.x()) == 0 && Double.compare(before.y(), after.y()) == 0
                && Double.compare(before.width(), after.width()) == 0
                && Double.compare(before.height(), after.height()) == 0 && before.extra().equals(after.extra());
        if (!same) {
            return false;
        }
        Map<String, Object> was = before.properties();
        Map<String, Object> is = after.properties();
        for (Map.Entry<String, Object> entry : was.entrySet()) {
            if (!entry.getKey().equals(Properties.HOST) && !Objects.equals(entry.getValue(), is.get(entry.getKey()))) {
                return false;
            }
        }
        for (String key : is.keySet()) {
            if (!key.equals(Properties.HOST) && !was.containsKey(key)) {
                return false;
            }
        }
        return true;
    }

    /** Notes the element's computer as changed, for the rules that read elements of its type and version. */
    private static void addHost(Map<String, Touch> touched, Element element) {
        String key = HostKeys.of(element);
        if (key != null) {
            touched.computeIfAbsent(key, k -> new Touch()).touch(element);
        }
    }

    /** Computes the key sets against the settled topology and forgets the recorded changes. */
    void resolve(Topology topology) {
        linkKeys.addAll(changedLinks);
        elementKeys.addAll(changedElements);
        elementKeys.addAll(touchedElements);
        forests.forEach((id, touch) -> forestKeys.merge(id, touch, Touch::merge));
        forestLinkEnds.forEach((id, kinds) -> {
            Element end = topology.element(id);
            if (end != null) {
                kinds.forEach(forestKeys.computeIfAbsent(end.forest(), k -> new Touch())::touch);
            }
        });
        hosts.forEach((key, touch) -> hostKeys.merge(key, touch, Touch::merge));
        planKey |= plan;
        for (String id : changedElements) {
            boolean reaching = reachingElements.contains(id);
            for (Link link : topology.linksOf(id)) {
                linkKeys.add(link.id());
                if (reaching) {
                    String neighbour = link.otherEnd(id);
                    addLinksOf(neighbour, topology);
                    if (has(forestLinkKinds, link.kind())) {
                        // The far end of a link a forest rule reads became, or stopped being, of the version the
                        // rule looks for (rule 45: where a migration leads).
                        forestKeys.computeIfAbsent(topology.element(neighbour).forest(), k -> new Touch())
                                .touch(link.kind());
                    }
                }
                if (link.kind() == LinkKind.UPGRADES_IN_PLACE) {
                    // A changed end (its version, so its family) can make or unmake the upgrade of the other.
                    upgradeEnds.add(link.otherEnd(id));
                }
            }
            if (reaching) {
                topology.childrenOf(id).forEach(member -> elementKeys.add(member.id()));
            }
        }
        for (String id : upgradeEnds) {
            Element end = topology.element(id);
            if (end != null) {
                touch(forestKeys, end);
            }
        }
        for (String id : upgradePairs) {
            for (Link link : topology.linksOf(id)) {
                linkKeys.add(link.id());
            }
        }
        for (String id : rehostedElements) {
            for (Link link : topology.linksOf(id)) {
                if (has(hostReadingLinkKinds, link.kind())) {
                    linkKeys.add(link.id());
                }
            }
        }
        twoHopLinkKeys.addAll(linkKeys);
        for (String id : elementKeys) {
            Element element = topology.element(id);
            if (element == null) {
                continue;
            }
            addLinksOf(id, topology);
            addHost(hostKeys, element);
            for (Link link : topology.linksOf(id)) {
                if (link.kind() == LinkKind.BACKEND_STORE) {
                    addHost(hostKeys, topology.element(link.otherEnd(id)));
                }
            }
        }
        changedLinks.clear();
        changedElements.clear();
        reachingElements.clear();
        touchedElements.clear();
        forestLinkEnds.clear();
        upgradeEnds.clear();
        upgradePairs.clear();
        rehostedElements.clear();
        reached.clear();
        forests.clear();
        hosts.clear();
        plan = false;
    }

    /** Notes the element's type and version as changed in its forest. */
    private static void touch(Map<String, Touch> touched, Element element) {
        touched.computeIfAbsent(element.forest(), k -> new Touch()).touch(element);
    }

    /** The element's links that a rule two hops away may look at: the links of the kinds such rules are about. */
    private void addLinksOf(String elementId, Topology topology) {
        if (!reached.add(elementId)) {
            return;
        }
        for (Link link : topology.linksOf(elementId)) {
            if (has(twoHopKinds, link.kind())) {
                twoHopLinkKeys.add(link.id());
            }
        }
    }

    /** Forgets the key sets once they have been revalidated. */
    void clearKeys() {
        linkKeys.clear();
        twoHopLinkKeys.clear();
        elementKeys.clear();
        forestKeys.clear();
        hostKeys.clear();
        planKey = false;
    }
}
