package org.coexist.rules.checkers;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.Family;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.HostChecker;

/**
 * Rule 70: an Exchange 2016 or 2019 server element on the computer of a communications server element (Skype for
 * Business Server and its predecessors); one finding per pair. Arguments: {0} the Exchange element, {1} the
 * communications element, {2} host.
 */
final class ExchangeSharesHostWithCommunications implements HostChecker {

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        for (Element exchange : onHost) {
            if (!isModernExchange(exchange)) {
                continue;
            }
            for (Element other : onHost) {
                if (other.family() == Family.COMMUNICATIONS && Coexisting.isServer(other)) {
                    sink.report(List.of(exchange.id(), other.id()), exchange, other, exchange.host());
                }
            }
        }
    }

    private static boolean isModernExchange(Element element) {
        return (element.version() == ProductVersion.EXCHANGE_2016 || element.version() == ProductVersion.EXCHANGE_2019)
                && Coexisting.isServer(element);
    }
}
