package org.coexist.rules.checkers;

import java.util.ArrayList;
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
 * Rule 70: an Exchange 2016 or 2019 server element on the computer of a communications server element (Skype for
 * Business Server and its predecessors); one finding per pair. Arguments: {0} the Exchange element, {1} the
 * communications element, {2} host.
 */
final class ExchangeSharesHostWithCommunications implements HostChecker {

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == ProductVersion.EXCHANGE_2016 || version == ProductVersion.EXCHANGE_2019
                || version.family() == Family.COMMUNICATIONS;
    }

    @Override
    public void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink) {
        if (onHost.size() < 2) {
            return;
        }
        List<Element> communications = null;
        for (Element exchange : onHost) {
            if (!isModernExchange(exchange)) {
                continue;
            }
            if (communications == null) {
                communications = communicationsServers(onHost);
            }
            String host = exchange.host();
            for (Element other : communications) {
                if (HostKeys.sameComputer(host, exchange.forest(), other.host(), other.forest())) {
                    sink.report(List.of(exchange.id(), other.id()), exchange, other, host);
                }
            }
        }
    }

    private static List<Element> communicationsServers(List<Element> onHost) {
        List<Element> result = new ArrayList<>();
        for (Element other : onHost) {
            if (other.family() == Family.COMMUNICATIONS && Coexisting.isServer(other)) {
                result.add(other);
            }
        }
        return result;
    }

    private static boolean isModernExchange(Element element) {
        return (element.version() == ProductVersion.EXCHANGE_2016 || element.version() == ProductVersion.EXCHANGE_2019)
                && Coexisting.isServer(element);
    }
}
