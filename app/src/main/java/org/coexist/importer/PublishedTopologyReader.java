package org.coexist.importer;

import static org.coexist.importer.SafeXml.attribute;
import static org.coexist.importer.SafeXml.child;
import static org.coexist.importer.SafeXml.children;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads a published topology (what {@code Get-CsTopology -AsXml} returns, and what an {@code Export-CsConfiguration}
 * archive holds): root {@code Topology}, with references by composite keys ({@code ClusterId[@SiteId @Number]},
 * {@code ServiceId[@SiteId @RoleName @Instance]}, {@code SqlInstanceId[@Name]/ClusterId}) instead of GUIDs.
 */
final class PublishedTopologyReader {
    static final String NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";

    private PublishedTopologyReader() {
    }

    static CsDeployment read(Element root, String file) throws ImportException {
        CsDeployment deployment = new CsDeployment(file);
        Element domains = child(root, "InternalDomains");
        deployment.defaultDomain = domains == null ? null : attribute(domains, "DefaultDomain");
        Element sites = child(root, "Sites");
        if (sites != null) {
            for (Element site : children(sites, "CentralSite")) {
                nameSite(site, deployment);
            }
            // Merged legacy pools (Merge-CsLegacyTopology) sit in a site of their own kind.
            for (Element site : children(sites, "BackCompatSite")) {
                nameSite(site, deployment);
            }
        }
        Element clusters = child(root, "Clusters");
        if (clusters != null) {
            for (Element cluster : children(clusters, "Cluster")) {
                readCluster(cluster, deployment, file);
            }
        }
        Element instances = child(root, "SqlInstances");
        if (instances != null) {
            for (Element instance : children(instances, "SqlInstance")) {
                Element id = child(instance, "SqlInstanceId");
                if (id == null) {
                    throw new ImportException(file, "SqlInstance", "no SqlInstanceId");
                }
                deployment.add(new CsDeployment.SqlInstance(sqlKey(id, file), clusterKey(child(id, "ClusterId"), file),
                        nameOf(id)));
            }
        }
        Element services = child(root, "Services");
        if (services != null) {
            for (Element service : children(services, "Service")) {
                deployment.add(service(service, file));
            }
        }
        return deployment;
    }

    private static void nameSite(Element site, CsDeployment deployment) {
        String siteId = attribute(site, "SiteId");
        String name = SafeXml.text(child(site, "Name"));
        deployment.siteNames.put(siteId, name == null || name.isEmpty() ? site.getLocalName() : name);
    }

    private static void readCluster(Element cluster, CsDeployment deployment, String file) throws ImportException {
        Element id = child(cluster, "ClusterId");
        String key = clusterKey(id, file);
        String fqdn = attribute(cluster, "Fqdn");
        if (fqdn == null || fqdn.isBlank()) {
            throw new ImportException(file, "Cluster " + key, "no Fqdn attribute");
        }
        List<Element> machineElements = new ArrayList<>(children(cluster, "Machine"));
        Element wrapped = child(cluster, "Machines");
        if (wrapped != null) {
            machineElements.addAll(children(wrapped, "Machine"));
        }
        List<String> machines = new ArrayList<>();
        for (Element machine : machineElements) {
            String machineFqdn = attribute(machine, "Fqdn");
            machines.add(machineFqdn == null || machineFqdn.isBlank() ? fqdn : machineFqdn);
        }
        String declared = attribute(cluster, "IsSingleMachineOnly");
        boolean single = declared != null ? "true".equalsIgnoreCase(declared)
                : machines.size() == 1 && machines.get(0).equalsIgnoreCase(fqdn);
        deployment.add(new CsDeployment.Cluster(key, fqdn, deployment.siteName(attribute(id, "SiteId")), single,
                machines));
    }

    private static CsDeployment.Service service(Element service, String file) throws ImportException {
        Element id = child(service, "ServiceId");
        if (id == null) {
            throw new ImportException(file, "Service", "no ServiceId");
        }
        List<String> dependsOn = new ArrayList<>();
        Element depends = child(service, "DependsOn");
        if (depends != null) {
            for (Element dependency : children(depends, "Dependency")) {
                Element target = child(dependency, "ServiceId");
                if (target != null) {
                    dependsOn.add(serviceKey(target));
                }
            }
        }
        Element installed = child(service, "InstalledOn");
        String installedOn = null;
        if (installed != null) {
            Element sql = child(installed, "SqlInstanceId");
            installedOn = sql != null ? sqlKey(sql, file) : clusterKey(child(installed, "ClusterId"), file);
        }
        return new CsDeployment.Service(serviceKey(id), attribute(id, "RoleName"),
                CsServices.version(attribute(service, "ServiceVersion")), null, installedOn, dependsOn,
                CsServices.isDirector(service));
    }

    private static String clusterKey(Element id, String file) throws ImportException {
        if (id == null || attribute(id, "SiteId") == null || attribute(id, "Number") == null) {
            throw new ImportException(file, "ClusterId", "a cluster reference without SiteId and Number");
        }
        return "cluster:" + attribute(id, "SiteId") + ":" + attribute(id, "Number");
    }

    private static String sqlKey(Element id, String file) throws ImportException {
        return "sql:" + clusterKey(child(id, "ClusterId"), file) + ":" + nameOf(id);
    }

    private static String nameOf(Element sqlInstanceId) {
        String name = attribute(sqlInstanceId, "Name");
        return name == null ? "" : name;
    }

    private static String serviceKey(Element id) {
        return "service:" + attribute(id, "SiteId") + ":" + attribute(id, "RoleName") + ":"
                + attribute(id, "Instance");
    }
}
