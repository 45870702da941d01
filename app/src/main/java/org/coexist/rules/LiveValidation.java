package org.coexist.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final Map<Scope, Map<String, List<Found>>> byScope = new EnumMap<>(Scope.class);
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Map<String, List<Finding>> bySubject = new HashMap<>();
    private final int[] counts = new int[Severity.values().length];
    private final DirtyScopes dirty;
    private final KeyedCollector collector = new KeyedCollector();
    private final Evaluator evaluator;
    private final TopologyListener observer = new TopologyListener() {
        @Override
        public void changed(ModelChange change) {
            dirty.record(change);
        }

        @Override
        public void settled() {
            revalidate();
        }
    };

    LiveValidation(RuleBook book, MessageRenderer messages, Topology topology) {
        this.topology = topology;
        this.dirty = new DirtyScopes(book.forestLinkKinds, book.twoHopKinds, book.hostReadingLinkKinds);
        for (Scope scope : Scope.values()) {
            byScope.put(scope, new HashMap<>());
        }
        this.evaluator = new Evaluator(book, messages, topology, collector);
        evaluator.reportingTo((rule, key, finding, arguments) -> {
            byScope.get(rule.scope()).computeIfAbsent(key, k -> new ArrayList<>(1))
                    .add(new Found(rule, finding, arguments));
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
        // The links to re-check in their own scope are among those to re-check two hops around.
        dirty.linkKeys.forEach(evaluator::linkInBothScopes);
        dirty.twoHopLinkKeys.forEach(id -> {
            if (!dirty.linkKeys.contains(id)) {
                evaluator.link(id, Scope.LINK_TWO_HOPS);
            }
        });
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

    /**
     * Takes out the findings that went and puts in those that came. A subject named by both (a forest's finding
     * that now names one element more) has its list looked up once, not once for each.
     */
    private void replace(Collection<Finding> gone, Collection<Finding> came) {
        if (gone.isEmpty() || came.isEmpty()) {
            gone.forEach(this::remove);
            came.forEach(this::add);
            return;
        }
        Map<String, List<Finding>> cameBySubject = new LinkedHashMap<>();
        for (Finding finding : came) {
            findings.add(finding);
            counts[finding.severity().ordinal()]++;
            for (String subject : finding.subjects()) {
                cameBySubject.computeIfAbsent(subject, k -> new ArrayList<>(1)).add(finding);
            }
        }
        for (Finding finding : gone) {
            findings.remove(finding);
            counts[finding.severity().ordinal()]--;
            for (String subject : finding.subjects()) {
                List<Finding> list = bySubject.get(subject);
                List<Finding> fresh = cameBySubject.remove(subject);
                if (list == null) {
                    if (fresh != null) {
                        bySubject.put(subject, fresh);
                    }
                    continue;
                }
                list.remove(finding);
                if (fresh != null) {
                    list.addAll(fresh);
                } else if (list.isEmpty()) {
                    bySubject.remove(subject);
                }
            }
        }
        cameBySubject.forEach((subject, fresh) ->
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>(fresh.size())).addAll(fresh));
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

    /** A finding as a key found it, with the arguments its message was rendered from. */
    private record Found(CompiledRule rule, Finding finding, Object[] arguments) {
        boolean matches(CompiledRule otherRule, List<String> subjects, Object[] otherArguments, String phase) {
            return rule == otherRule && Arrays.equals(arguments, otherArguments)
                    && finding.subjects().equals(subjects) && Objects.equals(finding.phase(), phase);
        }
    }

    /**
     * Compares what each (rule, key) finds now with what it found before, and nets the differences: a finding
     * that moves from one key to another (a SQL instance moved to another host) is neither added nor removed. A
     * report that matches one of the key's earlier findings (same rule, subjects and arguments) gets that finding
     * back, unrendered; so a key whose verdict did not change costs no message and compares by identity.
     */
    private final class KeyedCollector implements Evaluator.Collector {
        /** Past this many comparisons, the findings of a key are compared through a set. */
        private static final int LINEAR_LIMIT = 64;
        private final List<Found> scratch = new ArrayList<>();
        private final Set<Finding> added = new LinkedHashSet<>();
        private final Set<Finding> removed = new LinkedHashSet<>();
        private List<Found> before;
        private int cursor;
        private Found matched;

        @Override
        public void begin(Scope scope, String key) {
            scratch.clear();
            before = byScope.get(scope).get(key);
            cursor = 0;
            matched = null;
        }

        @Override
        public Finding previous(CompiledRule rule, List<String> subjects, Object[] arguments, String phase) {
            if (before == null) {
                return null;
            }
            // Findings usually come in the order they came before: look where the last one matched first.
            int size = before.size();
            for (int i = 0; i < size; i++) {
                Found candidate = before.get((cursor + i) % size);
                if (candidate.matches(rule, subjects, arguments, phase)) {
                    cursor = (cursor + i + 1) % size;
                    matched = candidate;
                    return candidate.finding();
                }
            }
            return null;
        }

        @Override
        public void found(CompiledRule rule, String key, Finding finding, Object[] arguments) {
            boolean handedBack = matched != null && matched.finding() == finding;
            scratch.add(handedBack ? matched : new Found(rule, finding, arguments));
            matched = null;
        }

        @Override
        public void end(Scope scope, String key) {
            if (before == null && scratch.isEmpty()) {
                return;
            }
            if (before != null && identical(before, scratch)) {
                return;
            }
            List<Finding> old = findingsOf(before);
            List<Finding> now = findingsOf(scratch);
            Collection<Finding> oldLookup = lookup(old, now.size());
            Collection<Finding> nowLookup = lookup(now, old.size());
            for (Finding gone : old) {
                if (!nowLookup.contains(gone) && !added.remove(gone)) {
                    removed.add(gone);
                }
            }
            for (Finding fresh : now) {
                if (!oldLookup.contains(fresh) && !removed.remove(fresh)) {
                    added.add(fresh);
                }
            }
            Map<String, List<Found>> stored = byScope.get(scope);
            if (scratch.isEmpty()) {
                stored.remove(key);
            } else {
                stored.put(key, new ArrayList<>(scratch));
            }
        }

        private static boolean identical(List<Found> first, List<Found> second) {
            if (first.size() != second.size()) {
                return false;
            }
            for (int i = 0; i < first.size(); i++) {
                if (first.get(i) != second.get(i)) {
                    return false;
                }
            }
            return true;
        }

        private static List<Finding> findingsOf(List<Found> found) {
            if (found == null || found.isEmpty()) {
                return List.of();
            }
            List<Finding> result = new ArrayList<>(found.size());
            found.forEach(f -> result.add(f.finding()));
            return result;
        }

        private static Collection<Finding> lookup(List<Finding> findings, int probes) {
            return (long) findings.size() * probes > LINEAR_LIMIT ? new HashSet<>(findings) : findings;
        }

        FindingsDelta drain() {
            replace(removed, added);
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
