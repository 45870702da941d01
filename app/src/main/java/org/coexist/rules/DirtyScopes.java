package org.coexist.rules;

import java.util.EnumSet;
import java.util.HashSet;
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
 * <li>links: the changed links and the links of changed elements (data rules look at a link and its ends);</li>
 * <li>links two hops away: also the links of every element a changed link touches and, when an element's version
 * or name changed, of its every neighbour (a client's home pool, the other reporters of a monitoring server);</li>
 * <li>elements: changed elements and the ends of changed links (an element's own links);</li>
 * <li>forests: where changed elements were and are, changed forests, and the forests at both ends of a changed
 * link of a kind forest rules read (UPGRADES_IN_PLACE always: its source does not count toward its forest's
 * versions while its target is there; others a forest rule names, see {@link
 * org.coexist.rules.spi.ForestChecker#linkKinds()}) and beside an element whose version changed across one;</li>
 * <li>hosts: where changed elements ran and run, and where the SQL instances of their back ends run; an element
 * whose host alone changed also has its links re-checked where a link rule reads the ends' hosts;</li>
 * <li>the plan: after any change of a phase, and of an element other than a move (see
 * {@link org.coexist.rules.spi.PlanChecker}).</li>
 * </ul>
 */
final class DirtyScopes {
    private final Set<LinkKind> forestLinkKinds;
    private final Set<LinkKind> hostReadingLinkKinds;
    private final Set<String> changedLinks = new HashSet<>();
    private final Set<String> changedElements = new HashSet<>();
    /** Changed elements whose version or name changed: rules two hops away read those (a client's home pool). */
    private final Set<String> reachingElements = new HashSet<>();
    private final Set<String> touchedElements = new HashSet<>();
    /** Ends of changed links of a kind forest rules read: their forests are re-checked. */
    private final Set<String> forestLinkEnds = new HashSet<>();
    private final Set<String> forests = new HashSet<>();
    private final Set<String> hosts = new HashSet<>();
    /** Elements whose host alone changed, when some link rule reads hosts: their links of those kinds. */
    private final Set<String> rehostedElements = new HashSet<>();
    private boolean plan;

    final Set<String> linkKeys = new HashSet<>();
    final Set<String> twoHopLinkKeys = new HashSet<>();
    final Set<String> elementKeys = new HashSet<>();
    final Set<String> forestKeys = new HashSet<>();
    final Set<String> hostKeys = new HashSet<>();
    boolean planKey;

    /**
     * @param forestLinkKinds      the link kinds some forest rule names besides UPGRADES_IN_PLACE
     * @param hostReadingLinkKinds the link kinds some link rule reads the ends' hosts of
     */
    DirtyScopes(Set<LinkKind> forestLinkKinds, Set<LinkKind> hostReadingLinkKinds) {
        Set<LinkKind> kinds = EnumSet.of(LinkKind.UPGRADES_IN_PLACE);
        kinds.addAll(forestLinkKinds);
        this.forestLinkKinds = kinds;
        this.hostReadingLinkKinds = hostReadingLinkKinds;
    }

    boolean isEmpty() {
        return changedLinks.isEmpty() && changedElements.isEmpty() && forests.isEmpty() && hosts.isEmpty()
                && !plan;
    }

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
                && c.before().withProperty(Properties.HOST, null).equals(c.after().withProperty(Properties.HOST, null))) {
            // Only the computer changed: that matters to the rules about shared hardware alone.
            addHost(HostKeys.of(c.before()));
            addHost(HostKeys.of(c.after()));
            if (!hostReadingLinkKinds.isEmpty()) {
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
            forests.add(c.current().id());
        }
    }

    private void noteElement(Element element) {
        if (element != null) {
            forests.add(element.forest());
            addHost(HostKeys.of(element));
        }
    }

    private void noteLink(Link link) {
        if (link != null) {
            touchedElements.add(link.from());
            touchedElements.add(link.to());
            if (forestLinkKinds.contains(link.kind())) {
                forestLinkEnds.add(link.from());
                forestLinkEnds.add(link.to());
            }
        }
    }

    private void addHost(String key) {
        if (key != null) {
            hosts.add(key);
        }
    }

    /** Computes the key sets against the settled topology and forgets the recorded changes. */
    void resolve(Topology topology) {
        linkKeys.addAll(changedLinks);
        elementKeys.addAll(changedElements);
        elementKeys.addAll(touchedElements);
        forestKeys.addAll(forests);
        hostKeys.addAll(hosts);
        planKey |= plan;
        for (String id : changedElements) {
            boolean reaching = reachingElements.contains(id);
            for (Link link : topology.linksOf(id)) {
                linkKeys.add(link.id());
                if (reaching) {
                    Element neighbour = topology.element(link.otherEnd(id));
                    addLinksOf(neighbour, topology);
                    if (forestLinkKinds.contains(link.kind())) {
                        forestKeys.add(neighbour.forest());
                    }
                }
            }
        }
        for (String id : rehostedElements) {
            if (topology.element(id) != null) {
                for (Link link : topology.linksOf(id)) {
                    if (hostReadingLinkKinds.contains(link.kind())) {
                        linkKeys.add(link.id());
                    }
                }
            }
        }
        for (String id : forestLinkEnds) {
            Element end = topology.element(id);
            if (end != null) {
                forestKeys.add(end.forest());
            }
        }
        twoHopLinkKeys.addAll(linkKeys);
        for (String id : elementKeys) {
            Element element = topology.element(id);
            if (element == null) {
                continue;
            }
            addLinksOf(element, topology);
            addHostKey(element);
            for (Link link : topology.linksOf(id)) {
                if (link.kind() == LinkKind.BACKEND_STORE) {
                    addHostKey(topology.element(link.otherEnd(id)));
                }
            }
        }
        changedLinks.clear();
        changedElements.clear();
        reachingElements.clear();
        touchedElements.clear();
        forestLinkEnds.clear();
        rehostedElements.clear();
        forests.clear();
        hosts.clear();
        plan = false;
    }

    private void addLinksOf(Element element, Topology topology) {
        for (Link link : topology.linksOf(element.id())) {
            twoHopLinkKeys.add(link.id());
        }
    }

    private void addHostKey(Element element) {
        String key = HostKeys.of(element);
        if (key != null) {
            hostKeys.add(key);
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
