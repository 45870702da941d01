package org.coexist.rules.spi;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Properties;
import org.coexist.model.Topology;

/**
 * Which computer an element runs on, for every rule about shared hardware and shared SQL back ends: the one place
 * where hosts are compared. Hosts compare case-insensitively, ignoring surrounding space, and a bare name
 * ({@code sql01}) is the same computer as a fully qualified name whose first label it is
 * ({@code sql01.contoso.com}) in the same forest (domain.md, "Properties every server element may carry").
 *
 * <p>That sameness is not transitive ({@code sql01} in one forest matches {@code sql01.contoso.com} and
 * {@code sql01.fabrikam.com}, which are two computers), so a host key does not name one computer: it names a
 * computer name, the first label of a host, and the elements listed under it are those that may share hardware. A
 * {@link HostChecker} compares them pairwise with {@link #sameComputer}. The key of an element depends on its own
 * host alone, which is what lets live validation re-check exactly the keys an edit touched.
 *
 * <p>A SQL instance without a host is still a computer of its own, so that rules about one shared instance see it;
 * any other hostless element shares nothing and has no key.
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
            return Properties.computerName(host);
        }
        return element.type() == ElementType.SQL_INSTANCE ? OWN_COMPUTER + element.id() : null;
    }

    /** The elements listed under the key, in the topology's order: candidates, compare them with sameComputer. */
    public static List<Element> elementsOn(String key, Topology topology) {
        if (key.startsWith(OWN_COMPUTER)) {
            Element element = topology.element(key.substring(OWN_COMPUTER.length()));
            return element != null && key.equals(of(element)) ? List.of(element) : List.of();
        }
        return topology.elementsOnComputerNamed(key);
    }

    /** Every key of the topology: each computer name, and each hostless SQL instance. */
    public static List<String> all(Topology topology) {
        List<String> keys = new ArrayList<>(topology.computerNames());
        for (Forest forest : topology.forests()) {
            for (Element element : topology.contentsOf(forest.id()).elements(ElementType.SQL_INSTANCE)) {
                if (element.host() == null) {
                    keys.add(OWN_COMPUTER + element.id());
                }
            }
        }
        return keys;
    }

    /**
     * Whether the two run on one computer: the same element; or equal hosts (already trimmed and in lower case);
     * or, in one forest, a bare name and a fully qualified name that starts with it. Hostless elements share
     * nothing (a hostless SQL instance only with itself).
     */
    public static boolean sameComputer(Element a, Element b) {
        return a.id().equals(b.id()) || sameComputer(a.host(), a.forest(), b.host(), b.forest());
    }

    /**
     * The same for two hosts (normalised, as {@link Element#host()} gives them; null when none) and the forests
     * of their elements: for rules that compare many pairs and read each element's host once.
     */
    public static boolean sameComputer(String first, String firstForest, String second, String secondForest) {
        if (first == null || second == null) {
            return false;
        }
        if (first.equals(second)) {
            return true;
        }
        boolean firstBare = isBareName(first);
        if (firstBare == isBareName(second) || !firstForest.equals(secondForest)) {
            return false;
        }
        String bare = firstBare ? first : second;
        String qualified = firstBare ? second : first;
        return !Properties.isAddress(qualified) && qualified.length() > bare.length()
                && qualified.startsWith(bare) && qualified.charAt(bare.length()) == '.';
    }

    private static boolean isBareName(String host) {
        return host.indexOf('.') < 0 && host.indexOf(':') < 0;
    }
}
