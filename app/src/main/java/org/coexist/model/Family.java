package org.coexist.model;

/** A product line. Versions are ordered within a family only. */
public enum Family {
    COMMUNICATIONS, EXCHANGE, SQL, FOREIGN
}
