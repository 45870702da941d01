package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
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
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        for (Element chat : onHost) {
            if (chat.type() != ElementType.PERSISTENT_CHAT_POOL) {
                continue;
            }
            for (Element pool : onHost) {
                if (pool.type() == ElementType.FRONT_END_POOL) {
                    sink.report(List.of(chat.id(), pool.id()), chat, pool, chat.host());
                }
            }
        }
    }
}
