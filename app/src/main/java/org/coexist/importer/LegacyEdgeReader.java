package org.coexist.importer;

import static org.coexist.importer.SafeXml.attribute;
import static org.coexist.importer.SafeXml.child;
import static org.coexist.importer.SafeXml.children;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.ProductVersion;
import org.w3c.dom.Element;

/**
 * Reads the Edge Server input file of {@code Merge-CsLegacyTopology} ({@code TopologyInput} in
 * {@code …Deploy.LegacyUserInput.2008}): each {@code EdgeCluster} of version {@code OCS2007R2} or {@code OCS2007}
 * with its load balancer's internal FQDN, its machines, its next hop (a Director or pool) and whether federation
 * is enabled. The Edge settings of OCS are not in Active Directory; this file is where an administrator wrote them.
 */
final class LegacyEdgeReader {
    static final String NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.LegacyUserInput.2008";

    private LegacyEdgeReader() {
    }

    static CsDeployment read(Element root, String file) throws ImportException {
        CsDeployment deployment = new CsDeployment(file);
        Element clusters = child(root, "EdgeClusters");
        if (clusters == null) {
            throw new ImportException(file, "TopologyInput", "no EdgeClusters");
        }
        int index = 0;
        for (Element cluster : children(clusters, "EdgeCluster")) {
            index++;
            String place = "EdgeCluster[" + index + "]";
            Element balancer = child(cluster, "LoadBalancer");
            List<String> machines = new ArrayList<>();
            Element machineList = child(cluster, "Machines");
            if (machineList != null) {
                for (Element machine : children(machineList, "Machine")) {
                    String fqdn = attribute(machine, "InternalFqdn");
                    if (fqdn != null && !fqdn.isBlank()) {
                        machines.add(fqdn.strip());
                    }
                }
            }
            String fqdn = balancer == null ? null : attribute(balancer, "InternalFqdn");
            if ((fqdn == null || fqdn.isBlank()) && machines.size() == 1) {
                fqdn = machines.get(0);
            }
            if (fqdn == null || fqdn.isBlank()) {
                throw new ImportException(file, place, "no LoadBalancer InternalFqdn and not one Machine");
            }
            String key = "edge:" + index;
            deployment.add(new CsDeployment.Cluster(key, fqdn.strip(), "BackCompatSite", machines.size() <= 1,
                    machines));
            deployment.add(new CsDeployment.Service(key + ":EdgeServer", "EdgeServer", null,
                    version(attribute(cluster, "Version")), key, List.of(), false));
            Element nextHop = child(cluster, "DirectorOrEdgeNextHop");
            String hop = nextHop == null ? null : attribute(nextHop, "Fqdn");
            if (hop != null && !hop.isBlank()) {
                deployment.nextHops.put(key, hop.strip());
            }
            String federation = attribute(cluster, "FederationEnabled");
            if (federation != null) {
                deployment.federation.put(key, "true".equalsIgnoreCase(federation.strip()));
            }
        }
        if (index == 0) {
            throw new ImportException(file, "EdgeClusters", "no EdgeCluster");
        }
        return deployment;
    }

    /** "OCS2007R2" or "OCS2007"; anything else is unknown and asked for, never guessed. */
    private static ProductVersion version(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "OCS2007R2" -> ProductVersion.OCS_2007_R2;
            case "OCS2007" -> ProductVersion.OCS_2007;
            default -> null;
        };
    }
}
