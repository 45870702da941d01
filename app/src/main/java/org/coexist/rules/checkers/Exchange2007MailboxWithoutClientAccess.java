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

/**
 * Rule 52: Exchange 2007 Mailbox servers in a forest without any Exchange 2007 Client Access server. Sites are not
 * modelled: a forest without any Client Access server certainly lacks one in a site with a Mailbox server. An
 * element upgraded in place to one that is drawn no longer counts. Arguments: {0} forest, {1} how many Mailbox
 * servers.
 */
final class Exchange2007MailboxWithoutClientAccess implements ForestChecker {

    @Override
    public void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        List<String> mailboxes = new ArrayList<>(2);
        for (Element element : elements) {
            if (counted2007(element, ElementType.MAILBOX_SERVER, topology)) {
                mailboxes.add(element.id());
            }
        }
        if (mailboxes.isEmpty()) {
            return;
        }
        for (Element element : elements) {
            if (counted2007(element, ElementType.CLIENT_ACCESS_SERVER, topology)) {
                return;
            }
        }
        sink.report(mailboxes, forest, mailboxes.size());
    }

    private static boolean counted2007(Element element, ElementType type, Topology topology) {
        return element.type() == type && element.version() == ProductVersion.EXCHANGE_2007
                && Coexisting.counts(element, topology);
    }
}
