package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/**
 * Rule 50: a legacy Group Chat pool migrates to more than one Persistent Chat pool; one finding pointing at every
 * such MIGRATES_TO link. Arguments: {0} the Group Chat pool, {1} how many Persistent Chat pools.
 */
final class GroupChatMigratesToOnePool implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return Set.of(ElementType.GROUP_CHAT_POOL);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        List<Link> migrations = topology.outgoing(element.id(), LinkKind.MIGRATES_TO);
        if (migrations.size() < 2) {
            return;
        }
        List<String> links = new ArrayList<>(migrations.size());
        Set<String> targets = new HashSet<>();
        for (Link link : migrations) {
            if (topology.element(link.to()).type() == ElementType.PERSISTENT_CHAT_POOL) {
                links.add(link.id());
                targets.add(link.to());
            }
        }
        if (targets.size() > 1) {
            sink.report(links, element, targets.size());
        }
    }
}
