package org.coexist.rules;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostKeys;
import org.coexist.rules.spi.LinkChecker;
import org.coexist.rules.spi.PlanFindingSink;

/**
 * Runs rules over one topology and hands each finding to a collector with the scope key it came from. A full
 * pass visits every link, element, forest and host once, and the sequence of phases; the keyed methods re-run
 * all rules of one scope for one key, telling the collector where that evaluation begins and ends so that it can
 * replace what the key found before. Not thread-safe: one evaluator per validation or per live topology.
 */
final class Evaluator {

    /** Receives findings; begin/end bracket the evaluation of one (scope, key) in keyed runs. */
    interface Collector {
        default void begin(Scope scope, String key) {
        }

        /**
         * The finding this collector was handed before, in the key being checked, for the same rule, subjects,
         * arguments and phase: the same message, so it is handed back instead of rendered again. Null for none.
         */
        default Finding previous(CompiledRule rule, List<String> subjects, Object[] arguments, String phase) {
            return null;
        }

        /** @param arguments what the message was rendered from, for {@link #previous} */
        void found(CompiledRule rule, String key, Finding finding, Object[] arguments);

        default void end(Scope scope, String key) {
        }
    }

    private final RuleBook book;
    private final MessageRenderer messages;
    private final Topology topology;
    private final Collector collector;
    private final boolean keyed;
    private final Sink[] sinks;
    /** The keys of forest (host) rules' findings, per forest (computer), by the rule's place among them. */
    private final Map<String, String[]> forestKeys;
    private final Map<String, String[]> hostKeys;

    Evaluator(RuleBook book, MessageRenderer messages, Topology topology, Collector collector) {
        this(book, messages, topology, collector, true);
    }

    /** @param keyed whether the collector keeps findings by key (a full validation's does not) */
    Evaluator(RuleBook book, MessageRenderer messages, Topology topology, Collector collector, boolean keyed) {
        this(book, messages, topology, collector, keyed, new HashMap<>(), new HashMap<>());
    }

    private Evaluator(RuleBook book, MessageRenderer messages, Topology topology, Collector collector, boolean keyed,
                      Map<String, String[]> forestKeys, Map<String, String[]> hostKeys) {
        this.forestKeys = forestKeys;
        this.hostKeys = hostKeys;
        this.keyed = keyed;
        this.book = book;
        this.messages = messages;
        this.topology = topology;
        this.collector = collector;
        this.sinks = new Sink[book.rules.size()];
        for (CompiledRule rule : book.rules) {
            sinks[rule.index()] = new Sink(rule);
        }
    }

    /**
     * The same rules on the same topology, reporting to another collector, with the same keys: the very strings
     * under which a collector stored findings are those it is later asked about, so looking one up compares no
     * characters.
     */
    Evaluator reportingTo(Collector other) {
        return new Evaluator(book, messages, topology, other, keyed, forestKeys, hostKeys);
    }

    /** Every rule on every scope of the topology. */
    void all() {
        for (Link link : topology.links()) {
            Element from = topology.element(link.from());
            Element to = topology.element(link.to());
            checkLink(link, from, to, book.oneHop);
            checkLink(link, from, to, book.twoHops);
        }
        for (Element element : topology.elements()) {
            checkElement(element);
        }
        for (Forest forest : topology.forests()) {
            ForestElements elements = new ForestElements(topology, forest.id());
            for (int i = 0; i < book.forestRules.length; i++) {
                checkForest(i, forest, elements,
                        keyed ? ruleKey(forestKeys, book.forestRules, i, forest.id()) : forest.id());
            }
        }
        if (book.hostRules.length > 0) {
            BitSet present = new BitSet();
            for (String key : HostKeys.all(topology)) {
                List<Element> onHost = HostKeys.elementsOn(key, topology);
                Touch.shapesOf(onHost, present);
                for (int i = 0; i < book.hostRules.length; i++) {
                    // A rule that reads none of a computer's elements finds nothing there (see HostChecker.reads).
                    if (present.intersects(book.hostRuleReads[i])) {
                        checkHost(i, key, onHost, keyed ? ruleKey(hostKeys, book.hostRules, i, key) : key);
                    }
                }
            }
        }
        checkPlan();
    }

    /** Re-runs the link rules of one scope (LINK or LINK_TWO_HOPS) on one link, present or gone. */
    void link(String id, Scope scope) {
        collector.begin(scope, id);
        Link link = topology.link(id);
        if (link != null) {
            checkLink(link, topology.element(link.from()), topology.element(link.to()),
                    scope == Scope.LINK_TWO_HOPS ? book.twoHops : book.oneHop);
        }
        collector.end(scope, id);
    }

    /**
     * Re-runs the link rules of both scopes on one link, present or gone, looking the link and its ends up once:
     * every link re-checked in its own scope is re-checked two hops around as well.
     */
    void linkInBothScopes(String id) {
        Link link = topology.link(id);
        Element from = link == null ? null : topology.element(link.from());
        Element to = link == null ? null : topology.element(link.to());
        collector.begin(Scope.LINK, id);
        if (link != null) {
            checkLink(link, from, to, book.oneHop);
        }
        collector.end(Scope.LINK, id);
        collector.begin(Scope.LINK_TWO_HOPS, id);
        if (link != null) {
            checkLink(link, from, to, book.twoHops);
        }
        collector.end(Scope.LINK_TWO_HOPS, id);
    }

    void element(String id) {
        collector.begin(Scope.ELEMENT, id);
        Element element = topology.element(id);
        if (element != null) {
            checkElement(element);
        }
        collector.end(Scope.ELEMENT, id);
    }

    /** Re-runs, on one forest (present or gone), the forest rules that read what changed there. */
    void forest(String id, Touch touch) {
        Forest forest = topology.forest(id);
        ForestElements elements = forest == null ? null : new ForestElements(topology, id);
        for (int i = 0; i < book.forestRules.length; i++) {
            if (!touch.concerns(book.forestRuleReads[i], book.forestRuleLinkKinds.get(i))) {
                continue;
            }
            String key = ruleKey(forestKeys, book.forestRules, i, id);
            collector.begin(Scope.FOREST, key);
            if (forest != null) {
                checkForest(i, forest, elements, key);
            }
            collector.end(Scope.FOREST, key);
        }
        if (forest == null) {
            forestKeys.remove(id);
        }
    }

    /**
     * Findings of forest and host rules are kept per rule and key, so that a rule can be re-run alone. The keys
     * are made once per forest (computer) and rule, and kept: re-checking a forest then builds and hashes no new
     * strings.
     */
    private static String ruleKey(Map<String, String[]> keys, CompiledRule[] rules, int index, String scopeKey) {
        String[] row = keys.computeIfAbsent(scopeKey, k -> new String[rules.length]);
        String key = row[index];
        if (key == null) {
            key = rules[index].index() + ":" + scopeKey;
            row[index] = key;
        }
        return key;
    }

    /** Re-runs, on one computer (its elements there or gone), the host rules that read what changed there. */
    void host(String hostKey, Touch touch) {
        List<Element> onHost = null;
        BitSet present = null;
        for (int i = 0; i < book.hostRules.length; i++) {
            if (!touch.concerns(book.hostRuleReads[i], Set.of())) {
                continue;
            }
            if (onHost == null) {
                onHost = HostKeys.elementsOn(hostKey, topology);
                present = Touch.shapesOf(onHost);
            }
            String key = ruleKey(hostKeys, book.hostRules, i, hostKey);
            collector.begin(Scope.HOST, key);
            if (present.intersects(book.hostRuleReads[i])) {
                checkHost(i, hostKey, onHost, key);
            }
            collector.end(Scope.HOST, key);
        }
        if (onHost != null && onHost.isEmpty()) {
            hostKeys.remove(hostKey);
        }
    }

    /** Re-runs the plan rules over the phases. */
    void plan() {
        collector.begin(Scope.PLAN, Scope.PLAN_KEY);
        checkPlan();
        collector.end(Scope.PLAN, Scope.PLAN_KEY);
    }

    private void checkLink(Link link, Element from, Element to, LinkRules scopeRules) {
        CompiledRule[] rules = scopeRules.rules(link.kind(), from.version(), to.version());
        LinkChecker[] checkers = scopeRules.checkers(link.kind(), from.version(), to.version());
        for (int i = 0; i < rules.length; i++) {
            checkers[i].check(link, from, to, topology, sink(rules[i], link.id()));
        }
    }

    private void checkElement(Element element) {
        CompiledRule[] rules = book.elementRulesByType[element.type().ordinal()];
        ElementChecker[] checkers = book.elementCheckersByType[element.type().ordinal()];
        for (int i = 0; i < rules.length; i++) {
            checkers[i].check(element, topology, sink(rules[i], element.id()));
        }
    }

    /** @param key the key its findings are kept under (a full validation keeps none: the forest's id) */
    private void checkForest(int index, Forest forest, List<Element> elements, String key) {
        book.forestCheckers[index].check(forest, elements, topology, sink(book.forestRules[index], key));
    }

    private void checkHost(int index, String hostKey, List<Element> onHost, String key) {
        book.hostCheckers[index].check(hostKey, onHost, topology, sink(book.hostRules[index], key));
    }

    private void checkPlan() {
        if (topology.phases().isEmpty()) {
            // A design without phases has no plan; a phase's view has none either.
            return;
        }
        for (CompiledRule rule : book.planRules) {
            rule.planChecker().check(topology, sink(rule, Scope.PLAN_KEY));
        }
    }

    private Sink sink(CompiledRule rule, String key) {
        Sink sink = sinks[rule.index()];
        sink.key = key;
        return sink;
    }

    /** The sink of one rule; the key of the scope being checked is set before each check. */
    private final class Sink implements FindingSink, PlanFindingSink {
        private final CompiledRule rule;
        private String key;

        Sink(CompiledRule rule) {
            this.rule = rule;
        }

        @Override
        public void report(List<String> subjects, Object... arguments) {
            report(null, subjects, arguments);
        }

        @Override
        public void report(String phaseId, List<String> subjects, Object... arguments) {
            Finding finding = collector.previous(rule, subjects, arguments, phaseId);
            if (finding == null) {
                Template template = rule.template();
                finding = new Finding(rule.id(), rule.severity(), subjects, rule.source(), phaseId,
                        () -> messages.render(template, arguments));
            }
            collector.found(rule, key, finding, arguments);
        }
    }
}
