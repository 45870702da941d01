package org.coexist.model;

/** The element types of domain.md. Their versions, tags and properties are catalog data. */
public enum ElementType {
    FRONT_END_POOL,
    STANDARD_EDITION_SERVER,
    EDGE_SERVER,
    DIRECTOR,
    MEDIATION_SERVER,
    ARCHIVING_SERVER,
    MONITORING_SERVER,
    COMMUNICATOR_WEB_ACCESS,
    GROUP_CHAT_POOL,
    PERSISTENT_CHAT_POOL,
    SQL_INSTANCE,
    ADMIN_TOOLS,
    COMMUNICATOR_CLIENT,
    LYNC_CLIENT,
    GROUP_CHAT_CLIENT,
    APPLICATION,
    EXCHANGE_SERVER,
    MAILBOX_SERVER,
    CLIENT_ACCESS_SERVER,
    HUB_TRANSPORT_SERVER,
    UNIFIED_MESSAGING_SERVER,
    EDGE_TRANSPORT_SERVER,
    NOTES_SERVER;

    /** Pools that users and chat pools are homed on: an Enterprise pool or a Standard Edition server (a pool of one). */
    public boolean isRegistrarPool() {
        return this == FRONT_END_POOL || this == STANDARD_EDITION_SERVER;
    }

    public boolean isChatPool() {
        return this == GROUP_CHAT_POOL || this == PERSISTENT_CHAT_POOL;
    }

    public boolean isClient() {
        return this == COMMUNICATOR_CLIENT || this == LYNC_CLIENT || this == GROUP_CHAT_CLIENT;
    }

    /**
     * A server element (domain.md): anything but the clients, applications and administrative tools. Rules that
     * count or name the elements of a version in a forest count these.
     */
    public boolean isServerElement() {
        return !isClient() && this != APPLICATION && this != ADMIN_TOOLS;
    }
}
