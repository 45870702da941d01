package org.coexist.diff;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Phase;
import org.coexist.model.Topology;

/**
 * The design compared with the deployment phase by phase: each phase's design as it stands then (its hidden
 * elements removed). The first phase whose design matches the deployment is where the migration is; when none
 * matches, the closest (fewest differences, the earlier on a tie) is the one to read the differences against.
 * A design without phases is compared whole.
 */
public record PhaseDiff(List<PhaseResult> phases, DiffReport whole, String currentPhase, String closestPhase) {

    /** One phase's comparison. */
    public record PhaseResult(String phaseId, String phaseName, DiffReport report) {
    }

    public static PhaseDiff compare(Topology design, Topology deployed) {
        List<PhaseResult> results = new ArrayList<>();
        String current = null;
        PhaseResult closest = null;
        for (Phase phase : design.phases()) {
            DiffReport report = TopologyDiff.compare(design.without(phase.hidden()), deployed);
            PhaseResult result = new PhaseResult(phase.id(), phase.name(), report);
            results.add(result);
            if (current == null && report.identical()) {
                current = phase.id();
            }
            if (closest == null || report.count() < closest.report().count()) {
                closest = result;
            }
        }
        return new PhaseDiff(List.copyOf(results), TopologyDiff.compare(design, deployed), current,
                closest == null ? null : closest.phaseId());
    }

    /** The report to show in detail: the current phase's, else the closest phase's, else the whole design's. */
    public DiffReport reference() {
        String id = currentPhase != null ? currentPhase : closestPhase;
        return phases.stream().filter(p -> p.phaseId().equals(id)).map(PhaseResult::report).findFirst()
                .orElse(whole);
    }

    /** Whether the deployment matches the design: some phase, or the whole design when it has no phases. */
    public boolean matches() {
        return phases.isEmpty() ? whole.identical() : currentPhase != null;
    }
}
