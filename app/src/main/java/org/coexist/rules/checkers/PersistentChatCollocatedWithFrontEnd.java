package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;

/**
 * Rule 51: a Persistent Chat pool on the computer of an Enterprise Edition Front End pool; one finding per pair. A
 * Standard Edition server may carry Persistent Chat. Arguments: {0} the Persistent Chat pool, {1} the Front End
 * pool, {2} host.
 */
final class PersistentChatCollocatedWithFrontEnd implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.PERSISTENT_CHAT_POOL || type == ElementType.FRONT_END_POOL;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        List<Element> chats = new ArrayList<>(1);
        List<Element> pools = new ArrayList<>(1);
        for (Element element : onHost) {
            if (element.type() == ElementType.PERSISTENT_CHAT_POOL) {
                chats.add(element);
            } else if (element.type() == ElementType.FRONT_END_POOL) {
                pools.add(element);
            }
        }
        for (Element chat : chats) {
            for (Element pool : pools) {
                sink.report(List.of(chat.id(), pool.id()), chat, pool, chat.host());
            }
        }
    }
}
