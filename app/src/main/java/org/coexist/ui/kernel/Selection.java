package org.coexist.ui.kernel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The selected model objects (ids of forests, elements and links), never view nodes. */
public final class Selection {
    private final ObservableSet<String> ids = FXCollections.observableSet(new java.util.LinkedHashSet<>());

    /** Observable, read-only by convention: change it through the methods below. */
    public ObservableSet<String> ids() {
        return ids;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public void select(Collection<String> newIds) {
        if (ids.size() == newIds.size() && ids.containsAll(newIds)) {
            return;
        }
        ids.clear();
        ids.addAll(newIds);
    }

    public void select(String id) {
        select(List.of(id));
    }

    public void add(Collection<String> more) {
        ids.addAll(more);
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void remove(Collection<String> gone) {
        ids.removeAll(gone);
    }

    public void clear() {
        ids.clear();
    }

    /** The one selected id, when exactly one thing is selected. */
    public Optional<String> single() {
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }
}
