package org.coexist.ui.phases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.coexist.rules.Finding;
import org.coexist.rules.ValidationEngine;

/**
 * Counts each phase's errors and warnings off the critical path: a request waits until edits pause (~150 ms),
 * then a copy of the design is validated phase by phase on a background thread; only the newest request's
 * result is delivered, on the FX thread.
 */
final class PhaseCounter {
    static final Duration DEBOUNCE = Duration.millis(150);

    /** Errors and warnings of one phase. */
    record Counts(long errors, long warnings) {
    }

    private final ValidationEngine engine;
    private final Consumer<Map<String, Counts>> deliver;
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private Topology source;
    private long generation;
    private boolean running;

    PhaseCounter(ValidationEngine engine, Consumer<Map<String, Counts>> deliver) {
        this.engine = engine;
        this.deliver = deliver;
        pause.setOnFinished(e -> start());
    }

    /** Counts the phases of this topology once edits pause. */
    void request(Topology topology) {
        source = topology;
        generation++;
        pause.playFromStart();
    }

    /** Whether a count is waiting or running (tests wait for this to end). */
    boolean isBusy() {
        return running || waiting();
    }

    private boolean waiting() {
        return pause.getStatus() == Animation.Status.RUNNING;
    }

    private void start() {
        if (source == null || running) {
            // One count at a time: a count that ends stale starts the next one itself.
            return;
        }
        // The copy is taken here, on the FX thread that owns the topology; the rest runs on its own.
        Topology copy = source.copy();
        List<Phase> phases = new ArrayList<>(copy.phases());
        long mine = generation;
        running = true;
        Task<Map<String, Counts>> task = new Task<>() {
            @Override
            protected Map<String, Counts> call() {
                Map<String, Counts> counts = new LinkedHashMap<>();
                for (Phase phase : phases) {
                    long errors = 0;
                    long warnings = 0;
                    for (Finding finding : engine.validate(copy.without(phase.hidden()))) {
                        if (finding.isError()) {
                            errors++;
                        } else {
                            warnings++;
                        }
                    }
                    counts.put(phase.id(), new Counts(errors, warnings));
                }
                return counts;
            }
        };
        task.setOnSucceeded(e -> finish(mine, task.getValue()));
        task.setOnFailed(e -> finish(mine, null));
        Thread thread = new Thread(task, "coexist-phase-counts");
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(long requested, Map<String, Counts> counts) {
        running = false;
        if (requested != generation) {
            if (!waiting()) {
                start();
            }
            return;
        }
        if (counts != null) {
            deliver.accept(counts);
        }
    }
}
