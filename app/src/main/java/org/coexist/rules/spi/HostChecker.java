package org.coexist.rules.spi;

import java.util.List;
import org.coexist.model.Topology;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;

/**
 * A rule about shared computers: the elements whose hosts carry one computer name, and the back ends of the SQL
 * instances among them. A SQL instance without a host is a computer of its own (see {@link HostKeys}).
 *
 * <p>The elements handed in are those that MAY share hardware ({@code sql01}, {@code SQL01.contoso.com},
 * {@code sql01.fabrikam.com}); a rule decides whether two of them do with {@link HostKeys#sameComputer}.
 */
public non-sealed interface HostChecker extends Checker {

    @Override
    default <R> R accept(Kinds<R> kinds) {
        return kinds.host(this);
    }

    /**
     * Whether an element of this type and version on the computer can change the rule's verdict: by being there,
     * or, for a SQL instance, by the back ends it holds (live validation notes an instance whose back ends
     * changed). Live validation re-runs the rule on a computer only after such an element of it changed, came or
     * went; and on a computer holding no element it reads, not at all (it would find nothing there). Every element,
     * unless a rule says less; saying too little makes live validation miss a change, which {@code RandomEditsTest}
     * looks for.
     */
    default boolean reads(ElementType type, ProductVersion version) {
        return true;
    }

    /** @param onHost the elements under the host key (for a hostless SQL instance: that instance alone) */
    void check(String hostKey, List<Element> onHost, Topology topology, FindingSink sink);
}
