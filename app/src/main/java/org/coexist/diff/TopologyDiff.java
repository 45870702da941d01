package org.coexist.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;

/**
 * Compares a design with a deployment. Elements match by fully qualified name, then by host (a bare computer name
 * is the FQDN whose first label it is); a Front End pool and a Standard Edition server may match each other (the
 * type then differs). Only server elements take part: clients, applications and administrative tools are never in
 * a deployment document. Matched elements are compared on type, version, host, members and back ends; the version
 * of a deployed SQL instance whose document did not give it ({@code versionAssumed}) is not compared.
 */
public final class TopologyDiff {
    /** Set by the importer on SQL instances whose version it could not read. */
    public static final String VERSION_ASSUMED = "versionAssumed";

    private TopologyDiff() {
    }

    public static DiffReport compare(Topology design, Topology deployed) {
        List<Element> left = servers(design);
        List<Element> right = new ArrayList<>(servers(deployed));
        Map<Element, Element> matches = new LinkedHashMap<>();
        for (boolean byHost : new boolean[] {false, true}) {
            for (Element d : left) {
                if (matches.containsKey(d)) {
                    continue;
                }
                for (Element p : right) {
                    if (!matches.containsValue(p) && sameGroup(d, p)
                            && (byHost ? sameHost(d, p) : sameName(d.name(), p.name()))) {
                        matches.put(d, p);
                        break;
                    }
                }
            }
        }
        List<DiffReport.Side> notDeployed = new ArrayList<>();
        List<DiffReport.Difference> differing = new ArrayList<>();
        for (Element d : left) {
            Element p = matches.get(d);
            if (p == null) {
                notDeployed.add(side(d));
                continue;
            }
            List<DiffReport.Change> changes = changes(design, d, deployed, p);
            if (!changes.isEmpty()) {
                differing.add(new DiffReport.Difference(side(d), side(p), changes));
            }
        }
        List<DiffReport.Side> notDesigned = right.stream().filter(p -> !matches.containsValue(p))
                .map(TopologyDiff::side).toList();
        return new DiffReport(notDeployed, notDesigned, differing);
    }

    private static List<DiffReport.Change> changes(Topology design, Element d, Topology deployed, Element p) {
        List<DiffReport.Change> changes = new ArrayList<>();
        if (d.type() != p.type()) {
            changes.add(new DiffReport.Change("type", d.type().name(), p.type().name()));
        }
        boolean versionKnown = !Boolean.TRUE.equals(p.properties().get(VERSION_ASSUMED));
        if (d.version() != p.version() && versionKnown) {
            changes.add(new DiffReport.Change("version", d.version().name(), p.version().name()));
        }
        if (d.host() != null && p.host() != null && !sameComputer(d.host(), p.host())) {
            changes.add(new DiffReport.Change("host", d.host(), p.host()));
        }
        String designMembers = members(design, d);
        String deployedMembers = members(deployed, p);
        if (!designMembers.equals(deployedMembers)) {
            changes.add(new DiffReport.Change("members", designMembers, deployedMembers));
        }
        String designBackEnd = backEnds(design, d);
        String deployedBackEnd = backEnds(deployed, p);
        if (!sameNames(designBackEnd, deployedBackEnd)) {
            changes.add(new DiffReport.Change("backEnd", designBackEnd, deployedBackEnd));
        }
        return changes;
    }

    static List<Element> servers(Topology topology) {
        return topology.elements().stream()
                .filter(e -> !e.type().isClient() && e.type() != ElementType.APPLICATION
                        && e.type() != ElementType.ADMIN_TOOLS)
                .sorted(Comparator.comparing(Element::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static DiffReport.Side side(Element e) {
        return new DiffReport.Side(e.id(), e.name(), e.type(), e.version(), e.host());
    }

    /** Members as "Type name" sorted; a member is compared by what it is, not by its id. */
    private static String members(Topology topology, Element pool) {
        TreeSet<String> names = new TreeSet<>();
        for (Element e : topology.elements()) {
            if (pool.id().equals(e.parent()) && !e.type().isClient()) {
                names.add(e.type().name() + " " + e.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", names);
    }

    private static String backEnds(Topology topology, Element element) {
        TreeSet<String> names = new TreeSet<>();
        for (Link link : topology.outgoing(element.id(), LinkKind.BACKEND_STORE)) {
            names.add(topology.element(link.to()).name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static boolean sameGroup(Element a, Element b) {
        return a.type() == b.type() || (a.type().isRegistrarPool() && b.type().isRegistrarPool());
    }

    private static boolean sameHost(Element a, Element b) {
        String ha = a.host() != null ? a.host() : a.name();
        String hb = b.host() != null ? b.host() : b.name();
        return sameComputer(ha, hb);
    }

    /** Names compare case-insensitively; a bare name is the FQDN whose first label it is. */
    static boolean sameName(String a, String b) {
        return sameComputer(a, b);
    }

    private static boolean sameNames(String a, String b) {
        String[] left = a.isEmpty() ? new String[0] : a.split(", ");
        String[] right = b.isEmpty() ? new String[0] : b.split(", ");
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!sameComputer(left[i], right[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean sameComputer(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        return bare(x).equals(bare(y)) && (!x.contains(".") || !y.contains("."));
    }

    /** The first label of a name, keeping an SQL instance suffix: "sql01.contoso.com\rtc" is "sql01\rtc". */
    private static String bare(String name) {
        int slash = name.indexOf('\\');
        String computer = slash < 0 ? name : name.substring(0, slash);
        String instance = slash < 0 ? "" : name.substring(slash);
        int dot = computer.indexOf('.');
        return (dot < 0 ? computer : computer.substring(0, dot)) + instance;
    }
}
