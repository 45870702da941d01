package org.coexist.rules.data;

import org.coexist.model.Element;

/** A condition on both ends of a link together. */
public enum Relation {
    ANY("any"),
    DIFFERENT_VERSION("differentVersion"),
    DIFFERENT_FOREST("differentForest");

    private final String jsonName;

    Relation(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The relation spelled as in rules.json, or null when there is none such. */
    public static Relation fromJson(String name) {
        for (Relation relation : values()) {
            if (relation.jsonName.equals(name)) {
                return relation;
            }
        }
        return null;
    }

    public boolean holds(Element from, Element to) {
        return switch (this) {
            case ANY -> true;
            case DIFFERENT_VERSION -> from.version() != to.version();
            case DIFFERENT_FOREST -> !from.forest().equals(to.forest());
        };
    }
}
