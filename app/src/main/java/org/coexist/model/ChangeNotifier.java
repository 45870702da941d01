package org.coexist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells a topology's listeners of each change, and that it has settled: after the change or after a batch. A
 * journal, when one is kept, hears of each change first. A listener that fails does not keep the others from
 * hearing: its failure goes to the reporter, or, without one, is thrown once every listener has been told.
 */
final class ChangeNotifier {
    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    private Consumer<Throwable> reporter;
    private Consumer<ModelChange> journal;
    private int batchDepth;

    void add(TopologyListener listener) {
        listeners.add(listener);
    }

    void remove(TopologyListener listener) {
        listeners.remove(listener);
    }

    void reportFailuresTo(Consumer<Throwable> failures) {
        reporter = failures;
    }

    void batch(Runnable changes, Consumer<ModelChange> newJournal) {
        Consumer<ModelChange> outer = journal;
        if (newJournal != null) {
            journal = outer == null ? newJournal : outer.andThen(newJournal);
        }
        batchDepth++;
        Throwable failed = null;
        try {
            changes.run();
        } catch (Throwable e) {
            failed = e;
            throw e;
        } finally {
            journal = outer;
            batchDepth--;
            if (batchDepth == 0) {
                List<Throwable> failures = tellAll(TopologyListener::settled, null);
                if (failed != null && failures != null) {
                    failures.forEach(failed::addSuppressed);
                } else {
                    throwAny(failures);
                }
            }
        }
    }

    void fire(ModelChange change) {
        if (journal != null) {
            journal.accept(change);
        }
        List<Throwable> failures = tellAll(listener -> listener.changed(change), null);
        if (batchDepth == 0) {
            failures = tellAll(TopologyListener::settled, failures);
        }
        throwAny(failures);
    }

    /** Tells every listener; returns the failures to throw (those not reported), added to the given ones. */
    private List<Throwable> tellAll(Consumer<TopologyListener> message, List<Throwable> failures) {
        for (TopologyListener listener : listeners) {
            try {
                message.accept(listener);
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (reporter != null) {
                    reporter.accept(e);
                } else {
                    failures = failures == null ? new ArrayList<>(1) : failures;
                    failures.add(e);
                }
            }
        }
        return failures;
    }

    private static void throwAny(List<Throwable> failures) {
        if (failures == null) {
            return;
        }
        Throwable first = failures.get(0);
        failures.subList(1, failures.size()).forEach(first::addSuppressed);
        if (first instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) first;
    }
}
