package org.coexist.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A topology as it stands in one phase: the source without what the phase hides (see {@link Topology#without}),
 * kept in step with the source change by change, so that live validation attached to it stays incremental. Each
 * settled change of the source becomes one batch on the projection. A change that makes something present
 * vanish (it would drag links and members along), or a change of the phase's hidden list, is settled instead by
 * comparing the projection with a fresh copy of the source and applying only the differences.
 */
public final class PhaseProjection implements AutoCloseable {
    private final Topology source;
    private final Topology projection;
    private final String phaseId;
    private final List<ModelChange> pending = new ArrayList<>();
    private Set<String> hidden;
    private boolean reconcile;
    private final TopologyListener mirror = new TopologyListener() {
        @Override
        public void changed(ModelChange change) {
            pending.add(change);
        }

        @Override
        public void settled() {
            flush();
        }
    };

    public PhaseProjection(Topology source, String phaseId) {
        this.source = source;
        this.phaseId = phaseId;
        Phase phase = source.phase(phaseId);
        this.hidden = new HashSet<>(phase == null ? List.of() : phase.hidden());
        this.projection = source.without(hidden);
        source.addListener(mirror);
    }

    /** The phase as it stands now. Listen to it to hear what appears and goes away. */
    public Topology topology() {
        return projection;
    }

    public String phaseId() {
        return phaseId;
    }

    /** Whether the id is present in the phase (a link also needs both ends present). */
    public boolean isPresent(String id) {
        return projection.containsId(id);
    }

    private void flush() {
        if (pending.isEmpty() && !reconcile) {
            return;
        }
        List<ModelChange> changes = new ArrayList<>(pending);
        pending.clear();
        projection.batch(() -> {
            for (ModelChange change : changes) {
                try {
                    mirror(change);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    // The projection could not follow one step; comparing with the source settles it.
                    reconcile = true;
                }
            }
            if (reconcile) {
                reconcile = false;
                reconcile();
            }
        });
    }

    private void mirror(ModelChange change) {
        if (change instanceof ModelChange.ForestChange c) {
            mirrorForest(c);
        } else if (change instanceof ModelChange.ElementChange c) {
            mirrorElement(c);
        } else if (change instanceof ModelChange.LinkChange c) {
            mirrorLink(c);
        } else if (change instanceof ModelChange.PhaseChange c && c.after() != null
                && c.after().id().equals(phaseId) && !hidden.equals(new HashSet<>(c.after().hidden()))) {
            hidden = new HashSet<>(c.after().hidden());
            reconcile = true;
        }
    }

    private void mirrorForest(ModelChange.ForestChange change) {
        String id = change.current().id();
        boolean present = projection.forest(id) != null;
        if (change.isAddition() && !hidden.contains(id)) {
            projection.addForest(change.after());
        } else if (change.isRemoval() && present) {
            projection.removeForest(id);
        } else if (!change.isAddition() && !change.isRemoval() && present) {
            projection.replaceForest(change.after());
        }
    }

    private void mirrorElement(ModelChange.ElementChange change) {
        String id = change.current().id();
        Element have = projection.element(id);
        if (change.isRemoval()) {
            if (have != null) {
                projection.removeElement(id);
            }
            return;
        }
        Element want = presentForm(change.after());
        if (have == null && want != null && change.isAddition()) {
            projection.addElement(want);
        } else if (have == null ? want != null : want == null) {
            // Appearing brings its links and members along, vanishing takes them: a comparison settles both.
            reconcile = true;
        } else if (have != null) {
            projection.replaceElement(want);
        }
    }

    /** The element as the phase has it, or null when hidden: outside its pool when the pool is hidden. */
    private Element presentForm(Element element) {
        if (hidden.contains(element.id()) || projection.forest(element.forest()) == null) {
            return null;
        }
        if (element.parent() != null && projection.element(element.parent()) == null) {
            return element.withPlacement(element.forest(), null);
        }
        return element;
    }

    private void mirrorLink(ModelChange.LinkChange change) {
        Link after = change.after();
        String id = change.current().id();
        Link want = after != null && !hidden.contains(id) && projection.element(after.from()) != null
                && projection.element(after.to()) != null ? after : null;
        Link have = projection.link(id);
        if (want == null && have != null) {
            projection.removeLink(id);
        } else if (want != null && have == null) {
            projection.addLink(want);
        } else if (want != null) {
            projection.replaceLink(want);
        }
    }

    /** Makes the projection equal to the source without the hidden ids, touching only what differs. */
    private void reconcile() {
        Topology target = source.without(hidden);
        Set<String> drop = new LinkedHashSet<>();
        for (Element element : projection.elements()) {
            if (!element.equals(target.element(element.id()))) {
                drop.add(element.id());
            }
        }
        // A pool cannot leave while members sit in it: they leave too, and come back if the target has them.
        boolean grew = !drop.isEmpty();
        while (grew) {
            grew = false;
            for (Element element : projection.elements()) {
                if (element.parent() != null && drop.contains(element.parent()) && drop.add(element.id())) {
                    grew = true;
                }
            }
        }
        for (Link link : List.copyOf(projection.links())) {
            if (!link.equals(target.link(link.id())) || drop.contains(link.from()) || drop.contains(link.to())) {
                projection.removeLink(link.id());
            }
        }
        List<Element> leaving = new ArrayList<>();
        drop.forEach(id -> leaving.add(projection.element(id)));
        leaving.sort(Comparator.comparingInt((Element e) -> depth(projection, e)).reversed());
        leaving.forEach(element -> projection.removeElement(element.id()));
        for (Forest forest : List.copyOf(projection.forests())) {
            Forest wanted = target.forest(forest.id());
            if (wanted == null) {
                projection.removeForest(forest.id());
            } else if (!wanted.equals(forest)) {
                projection.replaceForest(wanted);
            }
        }
        for (Forest forest : target.forests()) {
            if (projection.forest(forest.id()) == null) {
                projection.addForest(forest);
            }
        }
        addPoolsFirst(target);
        for (Link link : target.links()) {
            if (projection.link(link.id()) == null) {
                projection.addLink(link);
            }
        }
    }

    private void addPoolsFirst(Topology target) {
        List<Element> waiting = new ArrayList<>();
        for (Element element : target.elements()) {
            if (projection.element(element.id()) == null) {
                waiting.add(element);
            }
        }
        while (!waiting.isEmpty()) {
            List<Element> still = new ArrayList<>();
            for (Element element : waiting) {
                if (element.parent() == null || projection.element(element.parent()) != null) {
                    projection.addElement(element);
                } else {
                    still.add(element);
                }
            }
            if (still.size() == waiting.size()) {
                throw new IllegalStateException("cannot place " + still.get(0).id() + " in the phase");
            }
            waiting = still;
        }
    }

    private static int depth(Topology topology, Element element) {
        int depth = 0;
        for (Element at = element; at != null && at.parent() != null; at = topology.element(at.parent())) {
            depth++;
        }
        return depth;
    }

    @Override
    public void close() {
        source.removeListener(mirror);
    }

    @Override
    public String toString() {
        return "PhaseProjection[" + Objects.toString(phaseId) + "]";
    }
}
