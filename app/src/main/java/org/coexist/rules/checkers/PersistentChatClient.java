package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.LinkChecker;

/**
 * Rule 24: to use Persistent Chat, Lync client users must be homed on Lync Server 2013 or Skype for Business
 * Server 2015, the versions with Persistent Chat (error otherwise), and enabled by policy (warning otherwise; an
 * absent policy counts as not enabled). The two verdicts are two rules of the catalog, each one subclass.
 * Arguments: {0} client, {1} persistent chat pool.
 */
abstract class PersistentChatClient implements LinkChecker {
    private static final Set<ProductVersion> PERSISTENT_CHAT_HOMES = EnumSet.of(ProductVersion.LYNC_2013,
            ProductVersion.SFB_2015);

    /** Whether the rule fires, given whether the client is homed on a Lync Server 2013 pool. */
    abstract boolean fires(Element client, boolean homedOnLync2013);

    @Override
    public final Set<LinkKind> kinds() {
        return Set.of(LinkKind.CONNECTS_TO);
    }

    @Override
    public final boolean twoHops() {
        return true;
    }

    @Override
    public final void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        if (from.type() != ElementType.LYNC_CLIENT || to.type() != ElementType.PERSISTENT_CHAT_POOL) {
            return;
        }
        boolean homed = Neighbours.homedOnAnyOf(from, PERSISTENT_CHAT_HOMES, topology);
        if (fires(from, homed)) {
            sink.report(List.of(link.id()), from, to);
        }
    }

    /** Not homed on Lync Server 2013 or Skype for Business Server 2015: an error. */
    static final class NotHomedOnLync2013 extends PersistentChatClient {
        @Override
        boolean fires(Element client, boolean homedOnLync2013) {
            return !homedOnLync2013;
        }
    }

    /** Homed on such a pool but not enabled by policy: a warning. */
    static final class NotEnabledByPolicy extends PersistentChatClient {
        @Override
        boolean fires(Element client, boolean homedOnLync2013) {
            return homedOnLync2013 && !client.isTrue(Properties.PERSISTENT_CHAT_ENABLED);
        }
    }
}
