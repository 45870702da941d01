package org.coexist.rules;

/** Told, on the thread that edited the topology, what each revalidation changed. */
@FunctionalInterface
public interface FindingsListener {
    void findingsChanged(FindingsDelta delta);
}
