package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 52: Exchange 2007 Mailbox servers in a forest without any Exchange 2007 Client Access server. Sites are not
 * modelled: a forest without any Client Access server certainly lacks one in a site with a Mailbox server. An
 * element upgraded in place to one that is drawn no longer counts. Arguments: {0} forest, {1} how many Mailbox
 * servers.
 */
final class Exchange2007MailboxWithoutClientAccess implements ForestChecker {
    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.EXCHANGE_2007
                && (type == ElementType.MAILBOX_SERVER || type == ElementType.CLIENT_ACCESS_SERVER);
    }

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<Element> mailboxes = InPlaceUpgrades.counted(topology, forest.id(), ProductVersion.EXCHANGE_2007,
                ElementType.MAILBOX_SERVER);
        if (mailboxes.isEmpty() || InPlaceUpgrades.firstCounted(topology, forest.id(), ProductVersion.EXCHANGE_2007,
                ElementType.CLIENT_ACCESS_SERVER) != null) {
            return;
        }
        List<String> subjects = new ArrayList<>(mailboxes.size());
        mailboxes.forEach(mailbox -> subjects.add(mailbox.id()));
        sink.report(subjects, forest, subjects.size());
    }
}
