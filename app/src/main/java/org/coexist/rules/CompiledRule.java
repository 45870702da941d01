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

    /** The scope of each kind of checker: every kind is handled (they are sealed), none by default. */
    private static final Checker.Kinds<Scope> SCOPES = new Checker.Kinds<>() {
        @Override
        public Scope link(LinkChecker link) {
            return link.twoHops() ? Scope.LINK_TWO_HOPS : Scope.LINK;
        }

        @Override
        public Scope element(ElementChecker element) {
            return Scope.ELEMENT;
        }

        @Override
        public Scope forest(ForestChecker forest) {
            return Scope.FOREST;
        }

        @Override
        public Scope host(HostChecker host) {
            return Scope.HOST;
        }

        @Override
        public Scope plan(PlanChecker plan) {
            return Scope.PLAN;
        }
    };

    /** What the rule looks at, by the kind of its checker. */
    Scope scope() {
        return checker.accept(SCOPES);
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
        return as(LinkChecker.class);
    }

    ElementChecker elementChecker() {
        return as(ElementChecker.class);
    }

    ForestChecker forestChecker() {
        return as(ForestChecker.class);
    }

    HostChecker hostChecker() {
        return as(HostChecker.class);
    }

    PlanChecker planChecker() {
        return as(PlanChecker.class);
    }

    /** The checker as the kind its scope says it is; asking for another kind is a defect of the engine. */
    private <C extends Checker> C as(Class<C> kind) {
        if (!kind.isInstance(checker)) {
            throw new IllegalStateException(id() + " is not a " + kind.getSimpleName());
        }
        return kind.cast(checker);
    }
}
