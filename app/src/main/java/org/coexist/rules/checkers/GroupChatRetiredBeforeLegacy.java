package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.PlanChecker;
import org.coexist.rules.spi.PlanFindingSink;

/**
 * Rule 72, a plan rule: a legacy Group Chat pool is retired (hidden from some phase to the last, after being
 * shown before it) in a phase where another OCS 2007 R2 or Lync Server 2010 server element, not a chat pool, is
 * still shown: Group Chat migrates last. One finding per Group Chat pool, naming the phase it is retired in.
 * Arguments: {0} the Group Chat pool, {1} the phase's number, {2} the phase's name, {3} the first legacy element
 * still shown then.
 */
final class GroupChatRetiredBeforeLegacy implements PlanChecker {

    @Override
    public void check(Topology topology, PlanFindingSink sink) {
        List<Phase> phases = topology.phases();
        List<Set<String>> hidden = null;
        for (Element chat : topology.elements()) {
            if (chat.type() != ElementType.GROUP_CHAT_POOL) {
                continue;
            }
            if (hidden == null) {
                hidden = hiddenSets(phases);
            }
            int retired = retiredIn(chat, hidden);
            if (retired < 0) {
                continue;
            }
            Element legacy = stillShown(topology, hidden.get(retired), chat);
            if (legacy != null) {
                Phase phase = phases.get(retired);
                sink.report(phase.id(), List.of(chat.id()), chat, retired + 1,
                        phase.name().isBlank() ? phase.id() : phase.name(), legacy);
            }
        }
    }

    private static List<Set<String>> hiddenSets(List<Phase> phases) {
        List<Set<String>> sets = new ArrayList<>(phases.size());
        phases.forEach(p -> sets.add(new HashSet<>(p.hidden())));
        return sets;
    }

    /** Shown in the phase: neither it nor its forest is hidden there (a hidden pool leaves its members shown). */
    private static boolean shown(Element element, Set<String> hidden) {
        return !hidden.contains(element.id()) && !hidden.contains(element.forest());
    }

    /** The first phase of the run of phases, to the last, that hide the element; -1 if shown last or never. */
    private static int retiredIn(Element element, List<Set<String>> hidden) {
        int first = hidden.size();
        while (first > 0 && !shown(element, hidden.get(first - 1))) {
            first--;
        }
        return first == 0 || first == hidden.size() ? -1 : first;
    }

    private static Element stillShown(Topology topology, Set<String> hidden, Element chat) {
        for (Element element : topology.elements()) {
            ProductVersion version = element.version();
            if ((version == ProductVersion.OCS_2007_R2 || version == ProductVersion.LYNC_2010)
                    && !element.type().isChatPool() && Coexisting.isServer(element)
                    && !element.id().equals(chat.id()) && shown(element, hidden)) {
                return element;
            }
        }
        return null;
    }
}
