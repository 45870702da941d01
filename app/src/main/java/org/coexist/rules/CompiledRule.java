package org.coexist.rules;

import org.coexist.rules.spi.Checker;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.LinkChecker;
import org.coexist.rules.spi.PlanChecker;

/**
 * A rule ready to run: its catalog entry, its descriptor, its message template and the code (or data) that
 * checks it, and the scope it looks at. {@code index} is its place in the catalog, which is also the order of findings.
 */
record CompiledRule(int index, RuleEntry entry, RuleDescriptor descriptor, Template template, Checker checker) {

    Scope scope() {
        if (checker instanceof LinkChecker link) {
            return link.twoHops() ? Scope.LINK_TWO_HOPS : Scope.LINK;
        }
        if (checker instanceof ElementChecker) {
            return Scope.ELEMENT;
        }
        if (checker instanceof PlanChecker) {
            return Scope.PLAN;
        }
        return checker instanceof ForestChecker ? Scope.FOREST : Scope.HOST;
    }

    String id() {
        return entry.id();
    }

    Severity severity() {
        return entry.severity();
    }

    RuleSource source() {
        return entry.source();
    }

    LinkChecker linkChecker() {
        return (LinkChecker) checker;
    }

    ElementChecker elementChecker() {
        return (ElementChecker) checker;
    }

    ForestChecker forestChecker() {
        return (ForestChecker) checker;
    }

    HostChecker hostChecker() {
        return (HostChecker) checker;
    }

    PlanChecker planChecker() {
        return (PlanChecker) checker;
    }
}
