package org.coexist.rules;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostKeys;

/**
 * Runs rules over one topology and hands each finding to a collector with the (rule, scope key) it came from.
 * A full pass visits every link, element, forest and host once; the keyed methods re-run the rules of one scope
 * for one key, telling the collector where each (rule, key) evaluation begins and ends so that it can replace
 * what that key found before. Not thread-safe: one evaluator per validation or per live topology.
 */
final class Evaluator {

    /** Receives findings; begin/end bracket one (rule, key) evaluation in keyed runs. */
    interface Collector {
        default void begin(CompiledRule rule, String key) {
        }

        void found(CompiledRule rule, String key, Finding finding);

        default void end(CompiledRule rule, String key) {
        }
    }

    private final RuleBook book;
    private final MessageRenderer messages;
    private final Topology topology;
    private final Collector collector;
    private final Sink[] sinks;

    Evaluator(RuleBook book, MessageRenderer messages, Topology topology, Collector collector) {
        this.book = book;
        this.messages = messages;
        this.topology = topology;
        this.collector = collector;
        this.sinks = new Sink[book.rules.size()];
        for (CompiledRule rule : book.rules) {
            sinks[rule.index()] = new Sink(rule);
        }
    }

    /** Every rule on every scope of the topology. */
    void all() {
        for (Link link : topology.links()) {
            Element from = topology.element(link.from());
            Element to = topology.element(link.to());
            for (CompiledRule rule : book.linkRulesByKind[link.kind().ordinal()]) {
                Sink sink = sink(rule, link.id());
                rule.linkChecker().check(link, from, to, topology, sink);
            }
        }
        for (Element element : topology.elements()) {
            for (CompiledRule rule : book.elementRulesByType[element.type().ordinal()]) {
                rule.elementChecker().check(element, topology, sink(rule, element.id()));
            }
        }
        if (book.forestRules.length > 0) {
            for (Forest forest : topology.forests()) {
                List<Element> elements = topology.elementsIn(forest.id());
                for (CompiledRule rule : book.forestRules) {
                    rule.forestChecker().check(forest, elements, topology, sink(rule, forest.id()));
                }
            }
        }
        if (book.hostRules.length > 0) {
            for (String key : HostKeys.all(topology)) {
                host(key, HostKeys.elementsOn(key, topology), false);
            }
        }
    }

    /** Re-runs the link rules that look one hop (twoHops false) or two hops away on one link, present or gone. */
    void link(String id, boolean twoHops) {
        Link link = topology.link(id);
        Element from = link == null ? null : topology.element(link.from());
        Element to = link == null ? null : topology.element(link.to());
        for (CompiledRule rule : book.linkRules) {
            if (rule.linkChecker().twoHops() != twoHops) {
                continue;
            }
            collector.begin(rule, id);
            if (link != null && rule.linkChecker().kinds().contains(link.kind())) {
                rule.linkChecker().check(link, from, to, topology, sink(rule, id));
            }
            collector.end(rule, id);
        }
    }

    void element(String id) {
        Element element = topology.element(id);
        for (CompiledRule rule : book.elementRules) {
            collector.begin(rule, id);
            if (element != null && rule.elementChecker().types().contains(element.type())) {
                rule.elementChecker().check(element, topology, sink(rule, id));
            }
            collector.end(rule, id);
        }
    }

    void forest(String id) {
        Forest forest = topology.forest(id);
        List<Element> elements = forest == null ? List.of() : topology.elementsIn(id);
        for (CompiledRule rule : book.forestRules) {
            collector.begin(rule, id);
            if (forest != null) {
                rule.forestChecker().check(forest, elements, topology, sink(rule, id));
            }
            collector.end(rule, id);
        }
    }

    void host(String key) {
        host(key, HostKeys.elementsOn(key, topology), true);
    }

    private void host(String key, List<Element> onHost, boolean keyed) {
        for (CompiledRule rule : book.hostRules) {
            if (keyed) {
                collector.begin(rule, key);
            }
            if (!onHost.isEmpty()) {
                rule.hostChecker().check(key, onHost, topology, sink(rule, key));
            }
            if (keyed) {
                collector.end(rule, key);
            }
        }
    }

    private Sink sink(CompiledRule rule, String key) {
        Sink sink = sinks[rule.index()];
        sink.key = key;
        return sink;
    }

    /** The sink of one rule; the key of the scope being checked is set before each check. */
    private final class Sink implements FindingSink {
        private final CompiledRule rule;
        private String key;

        Sink(CompiledRule rule) {
            this.rule = rule;
        }

        @Override
        public void report(List<String> subjects, Object... arguments) {
            collector.found(rule, key, new Finding(rule.id(), rule.severity(), subjects,
                    messages.render(rule.template(), arguments), rule.source()));
        }
    }
}
