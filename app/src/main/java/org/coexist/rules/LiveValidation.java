package org.coexist.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * The findings of one topology, kept current as it changes. Listeners hear, after each settled change, which
 * findings appeared and which went away. PLACEHOLDER: recomputes everything; the rules issue makes it incremental.
 */
public final class LiveValidation implements AutoCloseable {
    private final ValidationEngine engine;
    private final Topology topology;
    private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Map<String, List<Finding>> bySubject = new HashMap<>();
    private final TopologyListener observer = new TopologyListener() {
        @Override
        public void changed(ModelChange change) {
            dirty = true;
        }

        @Override
        public void settled() {
            if (dirty) {
                dirty = false;
                refresh();
            }
        }
    };
    private boolean dirty;

    LiveValidation(ValidationEngine engine, Topology topology) {
        this.engine = engine;
        this.topology = topology;
        topology.addListener(observer);
        refresh();
    }

    public Topology topology() {
        return topology;
    }

    public Collection<Finding> findings() {
        return Collections.unmodifiableSet(findings);
    }

    public List<Finding> findingsFor(String subjectId) {
        return bySubject.getOrDefault(subjectId, List.of());
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
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public void addListener(FindingsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(FindingsListener listener) {
        listeners.remove(listener);
    }

    private void refresh() {
        Set<Finding> fresh = new LinkedHashSet<>(engine.validate(topology));
        List<Finding> removed = new ArrayList<>();
        for (Finding old : findings) {
            if (!fresh.contains(old)) {
                removed.add(old);
            }
        }
        List<Finding> added = new ArrayList<>();
        for (Finding f : fresh) {
            if (!findings.contains(f)) {
                added.add(f);
            }
        }
        findings.clear();
        findings.addAll(fresh);
        bySubject.clear();
        for (Finding f : findings) {
            for (String subject : f.subjects()) {
                bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(f);
            }
        }
        FindingsDelta delta = new FindingsDelta(added, removed);
        if (!delta.isEmpty()) {
            listeners.forEach(l -> l.findingsChanged(delta));
        }
    }

    @Override
    public void close() {
        topology.removeListener(observer);
    }
}
