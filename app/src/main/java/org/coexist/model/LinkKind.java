package org.coexist.model;

/** Directed link kinds of domain.md. Which endpoints each allows is catalog data. */
public enum LinkKind {
    HOMED_ON,
    BACKEND_STORE,
    ROUTES_TO,
    MANAGES,
    ARCHIVES_TO,
    REPORTS_QOE_TO,
    CONNECTS_TO,
    MIGRATES_TO,
    UPGRADES_IN_PLACE,
    INTEROPERATES_WITH
}
