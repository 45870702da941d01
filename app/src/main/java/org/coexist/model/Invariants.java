package org.coexist.model;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The structural rules every state of a topology keeps, checked before a record goes in. */
final class Invariants {
    private Invariants() {
    }

    /** The element's forest exists, and its chain of pools exists and does not loop back to it. */
    static void checkPlacement(Topology topology, Element element) {
        if (topology.forest(element.forest()) == null) {
            throw new IllegalArgumentException("element " + element.id() + " names no such forest: " + element.forest());
        }
        if (element.parent() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        seen.add(element.id());
        for (String current = element.parent(); current != null; ) {
            if (!seen.add(current)) {
                throw new IllegalArgumentException("element " + element.id() + " would sit inside itself");
            }
            Element ancestor = topology.element(current);
            if (ancestor == null) {
                throw new IllegalArgumentException("element " + element.id() + " names no such parent: " + current);
            }
            current = ancestor.parent();
        }
    }

    /** The record of that id, which must exist. */
    static <T> T existing(Map<String, T> records, String id, String what) {
        T value = records.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no such " + what + ": " + id);
        }
        return value;
    }

    static void checkEndpoints(Topology topology, Link link) {
        if (topology.element(link.from()) == null) {
            throw new IllegalArgumentException("link " + link.id() + " starts at no such element: " + link.from());
        }
        if (topology.element(link.to()) == null) {
            throw new IllegalArgumentException("link " + link.id() + " ends at no such element: " + link.to());
        }
    }
}
