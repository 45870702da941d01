package org.coexist.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.rules.data.DataRule;
import org.coexist.rules.data.LinkMatcher;
import org.coexist.rules.spi.Checker;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.LinkChecker;
import org.coexist.rules.spi.PlanChecker;

/**
 * Every rule, compiled and sorted by the scope it looks at, with link rules indexed by link kind and element
 * rules by element type, so that a link or element meets only the rules that can fire on it.
 */
final class RuleBook {
    final List<CompiledRule> rules;
    final CompiledRule[] linkRules;
    /**
     * The rules of scope LINK and of scope LINK_TWO_HOPS that can fire on a link, by its kind and the versions
     * of its ends: a data rule is left out where its matchers' versions rule it out (see {@link LinkRules}).
     */
    final LinkRules oneHop;
    final LinkRules twoHops;
    /** The kinds of link some rule of scope LINK_TWO_HOPS is about. */
    final Set<LinkKind> twoHopKinds;
    final CompiledRule[] elementRules;
    final CompiledRule[][] elementRulesByType;
    /** The checkers of those arrays, index for index, so that the hot loop does no casts. */
    final ElementChecker[][] elementCheckersByType;
    final CompiledRule[] forestRules;
    /** Per forest rule, index for index: its checker, the types and versions it reads, the link kinds it reads. */
    final ForestChecker[] forestCheckers;
    final BitSet[] forestRuleReads;
    final List<Set<LinkKind>> forestRuleLinkKinds;
    /** The link kinds some forest rule reads (see {@link ForestChecker#linkKinds()}). */
    final Set<LinkKind> forestLinkKinds;
    /** The kinds of link some link rule reads the ends' hosts of (see {@link LinkChecker#readsHosts()}). */
    final Set<LinkKind> hostReadingLinkKinds;
    final CompiledRule[] hostRules;
    /** Per host rule, index for index: its checker and the types and versions it reads. */
    final HostChecker[] hostCheckers;
    final BitSet[] hostRuleReads;
    final CompiledRule[] planRules;

    RuleBook(List<RuleEntry> entries, Map<String, Checker> code, MessageRenderer messages, String file) {
        List<CompiledRule> compiled = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (RuleEntry entry : entries) {
            Checker checker = entry.form().equals(RuleEntry.DATA) ? dataRule(entry, entries) : code.get(entry.id());
            if (checker == null) {
                throw new RuleDataException(file + ": entry " + entry.id() + ": form " + entry.form()
                        + " but no checker is registered under this id");
            }
            if (!entry.form().equals(RuleEntry.DATA)) {
                used.add(entry.id());
            }
            RuleDescriptor descriptor = new RuleDescriptor(entry.id(), entry.number(), entry.severity(),
                    messages.summary(entry.id()), entry.source(), entry.form(), checker instanceof PlanChecker);
            compiled.add(new CompiledRule(compiled.size(), entry, descriptor, messages.template(entry.id()),
                    checker));
        }
        for (String id : code.keySet()) {
            if (!used.contains(id)) {
                throw new RuleDataException(file + ": the checker " + id + " has no entry of form checker");
            }
        }
        rules = List.copyOf(compiled);
        linkRules = select(LinkChecker.class);
        elementRules = select(ElementChecker.class);
        forestRules = select(ForestChecker.class);
        forestCheckers = new ForestChecker[forestRules.length];
        forestRuleReads = new BitSet[forestRules.length];
        List<Set<LinkKind>> kindsRead = new ArrayList<>();
        Set<LinkKind> forestKinds = EnumSet.noneOf(LinkKind.class);
        for (int i = 0; i < forestRules.length; i++) {
            forestCheckers[i] = forestRules[i].forestChecker();
            forestRuleReads[i] = Touch.shapesRead(forestCheckers[i]::reads);
            kindsRead.add(forestCheckers[i].linkKinds());
            forestKinds.addAll(forestCheckers[i].linkKinds());
        }
        forestRuleLinkKinds = List.copyOf(kindsRead);
        forestLinkKinds = Collections.unmodifiableSet(forestKinds);
        Set<LinkKind> hostReadingKinds = EnumSet.noneOf(LinkKind.class);
        for (CompiledRule rule : linkRules) {
            if (rule.linkChecker().readsHosts()) {
                hostReadingKinds.addAll(rule.linkChecker().kinds());
            }
        }
        hostReadingLinkKinds = Collections.unmodifiableSet(hostReadingKinds);
        hostRules = select(HostChecker.class);
        hostCheckers = new HostChecker[hostRules.length];
        hostRuleReads = new BitSet[hostRules.length];
        for (int i = 0; i < hostRules.length; i++) {
            hostCheckers[i] = hostRules[i].hostChecker();
            hostRuleReads[i] = Touch.shapesRead(hostCheckers[i]::reads);
        }
        planRules = select(PlanChecker.class);
        oneHop = new LinkRules(filter(linkRules, r -> r.scope() == Scope.LINK));
        CompiledRule[] twoHopRules = filter(linkRules, r -> r.scope() == Scope.LINK_TWO_HOPS);
        twoHops = new LinkRules(twoHopRules);
        Set<LinkKind> kindsTwoHopsAway = EnumSet.noneOf(LinkKind.class);
        for (CompiledRule rule : twoHopRules) {
            kindsTwoHopsAway.addAll(rule.linkChecker().kinds());
        }
        twoHopKinds = Collections.unmodifiableSet(kindsTwoHopsAway);
        elementRulesByType = new CompiledRule[ElementType.values().length][];
        elementCheckersByType = new ElementChecker[ElementType.values().length][];
        for (ElementType type : ElementType.values()) {
            CompiledRule[] rules = filter(elementRules, r -> r.elementChecker().types().contains(type));
            elementRulesByType[type.ordinal()] = rules;
            elementCheckersByType[type.ordinal()] = new ElementChecker[rules.length];
            for (int i = 0; i < rules.length; i++) {
                elementCheckersByType[type.ordinal()][i] = rules[i].elementChecker();
            }
        }
    }

    private static DataRule dataRule(RuleEntry entry, List<RuleEntry> entries) {
        // An exemption and a rule yielded to silence a link alike.
        List<LinkMatcher> silencing = new ArrayList<>(entry.unless());
        for (RuleEntry other : entries) {
            if (entry.yieldsTo().contains(other.id())) {
                silencing.addAll(other.matchers());
            }
        }
        return new DataRule(entry.matchers(), silencing, entry.skipsInPlaceUpgradePairs());
    }

    private CompiledRule[] select(Class<? extends Checker> type) {
        return filter(rules.toArray(new CompiledRule[0]), r -> type.isInstance(r.checker()));
    }

    private static CompiledRule[] filter(CompiledRule[] source, java.util.function.Predicate<CompiledRule> keep) {
        List<CompiledRule> kept = new ArrayList<>();
        for (CompiledRule rule : source) {
            if (keep.test(rule)) {
                kept.add(rule);
            }
        }
        return kept.toArray(new CompiledRule[0]);
    }
}
