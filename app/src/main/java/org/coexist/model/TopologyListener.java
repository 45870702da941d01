package org.coexist.model;

/** Observes a topology. */
public interface TopologyListener {

    /** One primitive change, already applied. */
    void changed(ModelChange change);

    /** The topology is consistent again: after a single change, or at the end of the outermost batch. */
    default void settled() {
    }
}
