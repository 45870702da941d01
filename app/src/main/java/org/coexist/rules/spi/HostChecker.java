package org.coexist.rules.spi;

import java.util.List;
import org.coexist.model.Topology;
import org.coexist.model.Element;

/**
 * A rule about one computer: the elements sharing a host, and the back ends of the SQL instances on it. A SQL
 * instance without a host is a computer of its own (see {@link HostKeys}).
 */
public interface HostChecker extends Checker {

    /** @param onHost the elements on the host (for a hostless SQL instance: that instance alone) */
    void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink);
}
