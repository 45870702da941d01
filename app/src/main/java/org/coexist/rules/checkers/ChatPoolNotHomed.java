package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/** Rule 21: a chat pool homed on no pool. Arguments: {0} the chat pool. */
final class ChatPoolNotHomed implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return EnumSet.of(ElementType.GROUP_CHAT_POOL, ElementType.PERSISTENT_CHAT_POOL);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        if (topology.outgoing(element.id(), LinkKind.HOMED_ON).isEmpty()) {
            sink.report(List.of(element.id()), element);
        }
    }
}
