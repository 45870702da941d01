package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;

/** What checkers ask of an element's surroundings, in the domain's words. */
final class Neighbours {

    private Neighbours() {
    }

    /**
     * A BACKEND_STORE link to a SQL instance, with both ends. {@code pool} is the element whose back end it is: an
     * Enterprise pool, or (for {@link #backEndsOn}) also a chat pool, an Archiving or a Monitoring Server.
     */
    record BackEnd(Link link, Element pool, Element instance) {
    }

    /** The BACKEND_STORE links of Enterprise pools (FRONT_END_POOL) to the SQL instance. */
    static List<Link> poolBackEnds(Element instance, Topology topology) {
        List<Link> result = new ArrayList<>(2);
        if (instance.type() != ElementType.SQL_INSTANCE) {
            return result;
        }
        for (Link link : topology.incoming(instance.id(), LinkKind.BACKEND_STORE)) {
            if (topology.element(link.from()).type() == ElementType.FRONT_END_POOL) {
                result.add(link);
            }
        }
        return result;
    }

    /**
     * The pool back ends of every SQL instance under one host key, in the order of the instances, then of links.
     * The instances may be on different computers: compare them with {@code HostKeys.sameComputer}.
     */
    static List<BackEnd> poolBackEndsOn(List<Element> onHost, Topology topology) {
        List<BackEnd> result = new ArrayList<>(2);
        for (Element instance : onHost) {
            for (Link link : poolBackEnds(instance, topology)) {
                result.add(new BackEnd(link, topology.element(link.from()), instance));
            }
        }
        return result;
    }

    /** Every back end (of any element) of every SQL instance under one host key, as {@link #poolBackEndsOn}. */
    static List<BackEnd> backEndsOn(List<Element> onHost, Topology topology) {
        List<BackEnd> result = new ArrayList<>(2);
        for (Element instance : onHost) {
            if (instance.type() != ElementType.SQL_INSTANCE) {
                continue;
            }
            for (Link link : topology.incoming(instance.id(), LinkKind.BACKEND_STORE)) {
                result.add(new BackEnd(link, topology.element(link.from()), instance));
            }
        }
        return result;
    }

    /** The first pool or Standard Edition server of that version the element is HOMED_ON, or null. */
    static Element homePoolOf(Element element, ProductVersion version, Topology topology) {
        return firstPool(topology.outgoing(element.id(), LinkKind.HOMED_ON), Link::to, version, topology);
    }

    /** Whether the element is HOMED_ON a pool or Standard Edition server of one of these versions. */
    static boolean homedOnAnyOf(Element element, Set<ProductVersion> versions, Topology topology) {
        for (ProductVersion version : versions) {
            if (homePoolOf(element, version, topology) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a pool or Standard Edition server of that version reports QoE to the monitoring server. */
    static boolean poolReportsQoeTo(Element monitoring, ProductVersion version, Topology topology) {
        return firstPool(topology.incoming(monitoring.id(), LinkKind.REPORTS_QOE_TO), Link::from, version,
                topology) != null;
    }

    private static Element firstPool(List<Link> links, Function<Link, String> farEnd, ProductVersion version,
                                     Topology topology) {
        for (Link link : links) {
            Element pool = topology.element(farEnd.apply(link));
            if (pool.type().isRegistrarPool() && pool.version() == version) {
                return pool;
            }
        }
        return null;
    }
}
