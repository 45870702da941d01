package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;
import org.coexist.rules.spi.HostKeys;

/**
 * Rule 17: an Exchange 2007 element and an Exchange 2003 server on one computer; one finding per pair.
 * Arguments: {0} the 2007 element, {1} the 2003 server, {2} host.
 */
final class Exchange2007SharesHostWith2003 implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.EXCHANGE_2007
                || (type == ElementType.EXCHANGE_SERVER && version == ProductVersion.EXCHANGE_2003);
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        for (Element modern : onHost) {
            if (modern.version() != ProductVersion.EXCHANGE_2007) {
                continue;
            }
            for (Element legacy : onHost) {
                if (legacy.type() == ElementType.EXCHANGE_SERVER && legacy.version() == ProductVersion.EXCHANGE_2003
                        && HostKeys.sameComputer(modern, legacy)) {
                    sink.report(List.of(modern.id(), legacy.id()), modern, legacy, modern.host());
                }
            }
        }
    }
}
