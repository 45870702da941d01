package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.HostKeys;

/**
 * Rule 47: communications administrative tools of two releases on one computer, one of them Lync Server 2013 or
 * later; one finding per pair, in the order of the computer's elements. Arguments: {0} and {1} the tools, {2} the
 * host.
 */
final class AdminToolsOfTwoReleasesOnOneComputer implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return type == ElementType.ADMIN_TOOLS && version.family() == Family.COMMUNICATIONS;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        for (int i = 0; i < onHost.size(); i++) {
            Element first = onHost.get(i);
            if (!isCommunicationsTools(first)) {
                continue;
            }
            for (int j = i + 1; j < onHost.size(); j++) {
                Element second = onHost.get(j);
                if (isCommunicationsTools(second) && first.version() != second.version()
                        && (lync2013OrLater(first) || lync2013OrLater(second))
                        && HostKeys.sameComputer(first, second)) {
                    sink.report(List.of(first.id(), second.id()), first, second, first.host());
                }
            }
        }
    }

    private static boolean isCommunicationsTools(Element element) {
        return element.type() == ElementType.ADMIN_TOOLS && element.family() == Family.COMMUNICATIONS;
    }

    private static boolean lync2013OrLater(Element element) {
        return !element.version().isOlderThan(ProductVersion.LYNC_2013);
    }
}
