package org.coexist.rules.data;

import java.util.EnumSet;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;

/**
 * One row of a data rule: a link of one of these kinds, from an element like this, to an element like that, with
 * the ends in some relation; either way round when {@code eitherDirection} (rules that say "between").
 */
public record LinkMatcher(Set<LinkKind> kinds, EndpointMatcher from, EndpointMatcher to, Relation relation,
                          boolean eitherDirection) {

    public LinkMatcher {
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Whether some link of that kind between elements of these versions may match (types and properties aside). */
    public boolean mayMatch(LinkKind kind, ProductVersion source, ProductVersion target) {
        if (!kinds.contains(kind) || (relation == Relation.DIFFERENT_VERSION && source == target)) {
            return false;
        }
        return (from.mayMatch(source) && to.mayMatch(target))
                || (eitherDirection && from.mayMatch(target) && to.mayMatch(source));
    }

    public boolean matches(LinkKind kind, Element source, Element target) {
        if (!kinds.contains(kind) || !relation.holds(source, target)) {
            return false;
        }
        return (from.matches(source) && to.matches(target))
                || (eitherDirection && from.matches(target) && to.matches(source));
    }
}
