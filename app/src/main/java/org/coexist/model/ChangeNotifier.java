package org.coexist.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tells a topology's listeners of each change, and that it has settled: after the change or after a batch. */
final class ChangeNotifier {
    private final List<TopologyListener> listeners = new CopyOnWriteArrayList<>();
    private int batchDepth;

    void add(TopologyListener listener) {
        listeners.add(listener);
    }

    void remove(TopologyListener listener) {
        listeners.remove(listener);
    }

    void batch(Runnable changes) {
        batchDepth++;
        try {
            changes.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0) {
                listeners.forEach(TopologyListener::settled);
            }
        }
    }

    void fire(ModelChange change) {
        for (TopologyListener listener : listeners) {
            listener.changed(change);
        }
        if (batchDepth == 0) {
            listeners.forEach(TopologyListener::settled);
        }
    }
}
