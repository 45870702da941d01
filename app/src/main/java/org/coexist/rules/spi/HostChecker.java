package org.coexist.rules.spi;

import java.util.List;
import org.coexist.model.Topology;
import org.coexist.model.Element;

/**
 * A rule about shared computers: the elements whose hosts carry one computer name, and the back ends of the SQL
 * instances among them. A SQL instance without a host is a computer of its own (see {@link HostKeys}).
 *
 * <p>The elements handed in are those that MAY share hardware ({@code sql01}, {@code SQL01.contoso.com},
 * {@code sql01.fabrikam.com}); a rule decides whether two of them do with {@link HostKeys#sameComputer}.
 */
public interface HostChecker extends Checker {

    /** @param onHost the elements under the host key (for a hostless SQL instance: that instance alone) */
    void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink);
}
