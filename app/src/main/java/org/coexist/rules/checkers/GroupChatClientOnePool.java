package org.coexist.rules.checkers;

import java.util.ArrayList;
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
 * Rule 22: a Group Chat client connected to more than one chat pool; subjects are all its chat links.
 * Arguments: {0} the client, {1} how many chat pools.
 */
final class GroupChatClientOnePool implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return Set.of(ElementType.GROUP_CHAT_CLIENT);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        List<String> chatLinks = null;
        for (Link link : topology.outgoing(element.id(), LinkKind.CONNECTS_TO)) {
            if (topology.element(link.to()).type().isChatPool()) {
                if (chatLinks == null) {
                    chatLinks = new ArrayList<>(2);
                }
                chatLinks.add(link.id());
            }
        }
        if (chatLinks != null && chatLinks.size() > 1) {
            sink.report(chatLinks, element, chatLinks.size());
        }
    }
}
