package org.coexist.model;

import java.util.Map;
import java.util.Objects;

/** A directed link between two elements. Immutable; an edit replaces it in the topology. */
public record Link(String id, LinkKind kind, String from, String to,
                   Map<String, Object> properties, Map<String, Object> extra) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        properties = Properties.frozen(properties);
        extra = Properties.frozen(extra);
    }

    public Link(String id, LinkKind kind, String from, String to) {
        this(id, kind, from, to, Map.of(), Map.of());
    }

    public Link withKind(LinkKind newKind) {
        return new Link(id, newKind, from, to, properties, extra);
    }

    public Link withEndpoints(String newFrom, String newTo) {
        return new Link(id, kind, newFrom, newTo, properties, extra);
    }

    public Link withProperty(String key, Object value) {
        return new Link(id, kind, from, to, Properties.with(properties, key, value), extra);
    }

    public Link withId(String newId) {
        return new Link(newId, kind, from, to, properties, extra);
    }

    /** The endpoint that is not the given one (the given one for a self-link). */
    public String otherEnd(String elementId) {
        return from.equals(elementId) ? to : from;
    }
}
