package org.coexist.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coexist.model.ModelChange;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;

/**
 * The findings of one topology, kept current as it changes. Findings are kept per (scope, key), each knowing its
 * rule; after each settled change only the scopes the change can affect are re-evaluated (see {@link DirtyScopes}),
 * and listeners hear which findings appeared and which went away, only when something did.
 */
public final class LiveValidation implements AutoCloseable {
    private final Topology topology;
    private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Scope, Map<String, List<Finding>>> byScope = new EnumMap<>(Scope.class);
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Map<String, List<Finding>> bySubject = new HashMap<>();
    private final int[] counts = new int[Severity.values().length];
    private final DirtyScopes dirty;
    private final KeyedCollector collector = new KeyedCollector();
    private final Evaluator evaluator;
    private final TopologyListener observer = new TopologyListener() {
        @Override
        public void changed(ModelChange change) {
            dirty.record(change, topology);
        }

        @Override
        public void settled() {
            revalidate();
        }
    };

    LiveValidation(RuleBook book, MessageRenderer messages, Topology topology) {
        this.topology = topology;
        this.dirty = new DirtyScopes(book.forestLinkKinds, book.hostReadingLinkKinds);
        for (Scope scope : Scope.values()) {
            byScope.put(scope, new HashMap<>());
        }
        this.evaluator = new Evaluator(book, messages, topology, collector);
        new Evaluator(book, messages, topology, (rule, key, finding) -> {
            byScope.get(rule.scope()).computeIfAbsent(key, k -> new ArrayList<>(1)).add(finding);
            add(finding);
        }).all();
        topology.addListener(observer);
    }

    public Topology topology() {
        return topology;
    }

    public Collection<Finding> findings() {
        return Collections.unmodifiableSet(findings);
    }

    public List<Finding> findingsFor(String subjectId) {
        List<Finding> list = bySubject.get(subjectId);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** ERROR, WARNING, or null when nothing concerns the subject. */
    public Severity worstSeverity(String subjectId) {
        Severity worst = null;
        for (Finding finding : findingsFor(subjectId)) {
            if (finding.isError()) {
                return Severity.ERROR;
            }
            worst = finding.severity();
        }
        return worst;
    }

    public long count(Severity severity) {
        return counts[severity.ordinal()];
    }

    public void addListener(FindingsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FindingsListener listener) {
        listeners.remove(listener);
    }

    private void revalidate() {
        if (dirty.isEmpty()) {
            return;
        }
        dirty.resolve(topology);
        dirty.linkKeys.forEach(id -> evaluator.link(id, Scope.LINK));
        dirty.twoHopLinkKeys.forEach(id -> evaluator.link(id, Scope.LINK_TWO_HOPS));
        dirty.elementKeys.forEach(evaluator::element);
        dirty.forestKeys.forEach(evaluator::forest);
        dirty.hostKeys.forEach(evaluator::host);
        if (dirty.planKey) {
            evaluator.plan();
        }
        dirty.clearKeys();
        FindingsDelta delta = collector.drain();
        if (!delta.isEmpty()) {
            listeners.forEach(l -> l.findingsChanged(delta));
        }
    }

    private void add(Finding finding) {
        findings.add(finding);
        counts[finding.severity().ordinal()]++;
        for (String subject : finding.subjects()) {
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>(1)).add(finding);
        }
    }

    private void remove(Finding finding) {
        findings.remove(finding);
        counts[finding.severity().ordinal()]--;
        for (String subject : finding.subjects()) {
            List<Finding> list = bySubject.get(subject);
            if (list != null && list.remove(finding) && list.isEmpty()) {
                bySubject.remove(subject);
            }
        }
    }

    /**
     * Compares what each (rule, key) finds now with what it found before, and nets the differences: a finding
     * that moves from one key to another (a SQL instance moved to another host) is neither added nor removed.
     */
    private final class KeyedCollector implements Evaluator.Collector {
        private final List<Finding> scratch = new ArrayList<>();
        private final Set<Finding> added = new LinkedHashSet<>();
        private final Set<Finding> removed = new LinkedHashSet<>();

        @Override
        public void begin(Scope scope, String key) {
            scratch.clear();
        }

        @Override
        public void found(CompiledRule rule, String key, Finding finding) {
            scratch.add(finding);
        }

        @Override
        public void end(Scope scope, String key) {
            Map<String, List<Finding>> stored = byScope.get(scope);
            List<Finding> before = stored.get(key);
            if (before == null && scratch.isEmpty()) {
                return;
            }
            if (before != null && before.equals(scratch)) {
                return;
            }
            if (before != null) {
                for (Finding old : before) {
                    if (!scratch.contains(old) && !added.remove(old)) {
                        removed.add(old);
                    }
                }
            }
            for (Finding fresh : scratch) {
                if ((before == null || !before.contains(fresh)) && !removed.remove(fresh)) {
                    added.add(fresh);
                }
            }
            if (scratch.isEmpty()) {
                stored.remove(key);
            } else {
                stored.put(key, new ArrayList<>(scratch));
            }
        }

        FindingsDelta drain() {
            removed.forEach(LiveValidation.this::remove);
            added.forEach(LiveValidation.this::add);
            FindingsDelta delta = new FindingsDelta(new ArrayList<>(added), new ArrayList<>(removed));
            added.clear();
            removed.clear();
            return delta;
        }
    }

    @Override
    public void close() {
        topology.removeListener(observer);
    }
}
