package org.coexist.ui.kernel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.ModelChange;
import org.coexist.model.Phase;
import org.coexist.model.PhaseProjection;
import org.coexist.model.Topology;
import org.coexist.model.TopologyListener;
import org.coexist.rules.LiveValidation;
import org.coexist.rules.ValidationEngine;

/**
 * What the designer shows for the phase chosen in {@link DesignerContext#phaseProperty()}: the validation in
 * force (the document's own for the whole design; for a phase, live validation of a {@link PhaseProjection}),
 * which ids are present, and whether hidden ones are drawn as ghosts. Views read the validation from here,
 * never from the document, so that choosing a phase re-targets every highlight, list and count at once.
 */
public final class PhaseScope {
    /** Told which ids appeared in or left the shown phase; {@code all} when the whole picture changed. */
    @FunctionalInterface
    public interface PresenceListener {
        void presenceChanged(Collection<String> ids, boolean all);
    }

    private final ObjectProperty<Document> document;
    private final ObjectProperty<String> phase;
    private final ValidationEngine engine;
    private final ReadOnlyObjectWrapper<LiveValidation> validation = new ReadOnlyObjectWrapper<>(this, "validation");
    private final BooleanProperty showGhosts = new SimpleBooleanProperty(this, "showGhosts", true);
    private final BooleanProperty hideEmptyForests = new SimpleBooleanProperty(this, "hideEmptyForests", false);
    private final BooleanProperty findingsWithheld = new SimpleBooleanProperty(this, "findingsWithheld", false);
    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> moved = new LinkedHashSet<>();
    private final TopologyListener presence = new TopologyListener() {
        @Override
        public void changed(ModelChange change) {
            if ((change.isAddition() || change.isRemoval()) && !(change instanceof ModelChange.DocumentChange)) {
                moved.add(idOf(change));
            }
        }

        @Override
        public void settled() {
            if (!moved.isEmpty()) {
                List<String> ids = List.copyOf(moved);
                moved.clear();
                listeners.forEach(l -> l.presenceChanged(ids, false));
            }
        }
    };
    /** Leaves a phase that an edit (or an undo) deleted, once the edit is over. */
    private final TopologyListener phaseWatch = new TopologyListener() {
        private boolean shownPhaseGone;

        @Override
        public void changed(ModelChange change) {
            if (change instanceof ModelChange.PhaseChange c && c.isRemoval()
                    && c.before().id().equals(phase.get())) {
                shownPhaseGone = true;
            }
        }

        @Override
        public void settled() {
            if (shownPhaseGone) {
                shownPhaseGone = false;
                Topology topology = document.get() == null ? null : document.get().topology();
                if (topology == null || topology.phase(phase.get()) == null) {
                    phase.set(null);
                }
            }
        }
    };
    private Topology watched;
    private PhaseProjection projection;
    private LiveValidation projected;

    PhaseScope(ObjectProperty<Document> document, ObjectProperty<String> phase, ValidationEngine engine) {
        this.document = document;
        this.phase = phase;
        this.engine = engine;
        document.addListener((obs, old, now) -> rebuild());
        phase.addListener((obs, old, now) -> rebuild());
        findingsWithheld.addListener((obs, was, is) -> rebuild());
        rebuild();
    }

    private static String idOf(ModelChange change) {
        Object record = change.after() != null ? change.after() : change.before();
        if (record instanceof Element e) {
            return e.id();
        } else if (record instanceof Link l) {
            return l.id();
        } else if (record instanceof Forest f) {
            return f.id();
        }
        return ((Phase) record).id();
    }

    private void rebuild() {
        if (projection != null) {
            projection.topology().removeListener(presence);
            if (projected != null) {
                projected.close();
            }
            projection.close();
            projection = null;
            projected = null;
        }
        if (watched != null) {
            watched.removeListener(phaseWatch);
        }
        Document now = document.get();
        watched = now == null ? null : now.topology();
        if (watched != null) {
            watched.addListener(phaseWatch);
        }
        String phaseId = phase.get();
        boolean withheld = findingsWithheld.get();
        if (now == null) {
            validation.set(null);
        } else if (phaseId == null || now.topology().phase(phaseId) == null) {
            validation.set(withheld ? null : now.validation());
        } else {
            projection = new PhaseProjection(now.topology(), phaseId);
            projected = withheld ? null : engine.attach(projection.topology());
            projection.topology().addListener(presence);
            validation.set(projected);
        }
        listeners.forEach(l -> l.presenceChanged(List.of(), true));
    }

    /**
     * Whether the findings are kept from view: a trainee working on an exercise sees none (no marks, no problems,
     * no counts) until they check their work. While withheld, {@link #validation()} is null.
     */
    public BooleanProperty findingsWithheldProperty() {
        return findingsWithheld;
    }

    /**
     * The live validation in force: the whole design's, or the shown phase's. Null without a document, and while
     * the findings are withheld.
     */
    public ReadOnlyObjectProperty<LiveValidation> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public LiveValidation validation() {
        return validation.get();
    }

    /** The topology as it stands in the shown phase (the document's own for the whole design). */
    public Topology shownTopology() {
        if (projection != null) {
            return projection.topology();
        }
        return document.get() == null ? null : document.get().topology();
    }

    /** Whether the forest, element or link is present in the shown phase. */
    public boolean isShown(String id) {
        if (projection == null) {
            return true;
        }
        if (!projection.isPresent(id)) {
            return false;
        }
        return !hideEmptyForests.get() || projection.topology().forest(id) == null
                || !projection.topology().elementsIn(id).isEmpty()
                || document.get().topology().elementsIn(id).isEmpty();
    }

    /**
     * Whether a forest whose every element the phase hides is left out too (presenting: a slide shows its phase,
     * not empty boxes). A forest that holds nothing at all stays.
     */
    public BooleanProperty hideEmptyForestsProperty() {
        return hideEmptyForests;
    }

    /** Draw what the phase hides faintly (true) or not at all. */
    public BooleanProperty showGhostsProperty() {
        return showGhosts;
    }

    /**
     * Shows the next (+1) or previous (-1) step of the sequence "whole design, phase 1, ..., phase n"; stays at
     * either end. Returns whether the shown phase changed.
     */
    public boolean step(int direction) {
        Document now = document.get();
        if (now == null) {
            return false;
        }
        List<Phase> phases = now.topology().phases();
        int at = phase.get() == null ? -1 : now.topology().phaseIndex(phase.get());
        int next = Math.max(-1, Math.min(phases.size() - 1, at + Integer.signum(direction)));
        if (next == at) {
            return false;
        }
        phase.set(next < 0 ? null : phases.get(next).id());
        return true;
    }

    public void addPresenceListener(PresenceListener listener) {
        listeners.add(listener);
    }
}
