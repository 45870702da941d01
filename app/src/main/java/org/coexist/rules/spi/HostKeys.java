package org.coexist.rules.spi;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Topology;

/**
 * Names the computer an element runs on, for rules about shared hardware and shared SQL back ends. An element with
 * a {@code host} runs there; a SQL instance without one is still a computer of its own, so that rules about one
 * shared instance see it; any other hostless element shares nothing and has no key.
 */
public final class HostKeys {
    /** A prefix no normalised host name starts with. */
    private static final String OWN_COMPUTER = "\u0000";

    private HostKeys() {
    }

    /** The host key, or null when the element shares hardware with nothing. */
    public static String of(Element element) {
        String host = element.host();
        if (host != null) {
            return host;
        }
        return element.type() == ElementType.SQL_INSTANCE ? OWN_COMPUTER + element.id() : null;
    }

    /** The elements on the computer the key names, in the topology's order. */
    public static List<Element> elementsOn(String key, Topology topology) {
        if (key.startsWith(OWN_COMPUTER)) {
            Element element = topology.element(key.substring(OWN_COMPUTER.length()));
            return element != null && key.equals(of(element)) ? List.of(element) : List.of();
        }
        return topology.elementsOnHost(key);
    }

    /**
     * Whether the two run on one computer: the same element, or equal hosts. Host rules compare the elements
     * listed under a key with this, so that a richer comparison of hosts (domain.md: a bare name is the FQDN whose
     * first label it is, in one forest) changes it in this one place.
     */
    public static boolean sameComputer(Element a, Element b) {
        return a.id().equals(b.id()) || (a.host() != null && a.host().equals(b.host()));
    }

    /** Every key of the topology: each host, and each hostless SQL instance. */
    public static List<String> all(Topology topology) {
        List<String> keys = new ArrayList<>(topology.hosts());
        for (Element element : topology.elements()) {
            if (element.type() == ElementType.SQL_INSTANCE && element.host() == null) {
                keys.add(OWN_COMPUTER + element.id());
            }
        }
        return keys;
    }
}
