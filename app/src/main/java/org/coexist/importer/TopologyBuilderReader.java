package org.coexist.importer;

import static org.coexist.importer.SafeXml.attribute;
import static org.coexist.importer.SafeXml.child;
import static org.coexist.importer.SafeXml.children;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads a Topology Builder document ({@code .tbxml}): {@code TopologyBuilder/NewTopology/PartialTopology}, sites
 * with their clusters and SQL instances, then services that name the cluster or instance they are installed on and
 * the services they depend on by GUID.
 */
final class TopologyBuilderReader {
    static final String NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";

    private TopologyBuilderReader() {
    }

    static CsDeployment read(Element root, String file) throws ImportException {
        Element newTopology = child(root, "NewTopology");
        Element partial = newTopology == null ? null : child(newTopology, "PartialTopology");
        if (partial == null) {
            throw new ImportException(file, "TopologyBuilder", "no NewTopology/PartialTopology; not a Topology "
                    + "Builder document this importer knows");
        }
        CsDeployment deployment = new CsDeployment(file);
        Element domains = child(partial, "InternalDomains");
        deployment.defaultDomain = domains == null ? null : attribute(domains, "DefaultDomain");
        Element sites = child(partial, "CentralSites");
        if (sites != null) {
            for (Element site : children(sites, "CentralSite")) {
                readSite(site, deployment, file);
            }
        }
        Element services = child(partial, "Services");
        if (services != null) {
            for (Element service : children(services, "Service")) {
                deployment.add(service(service, file));
            }
        }
        return deployment;
    }

    private static void readSite(Element site, CsDeployment deployment, String file) throws ImportException {
        String siteId = attribute(site, "SiteId");
        String name = SafeXml.text(child(site, "Name"));
        deployment.siteNames.put(siteId, name == null || name.isEmpty() ? siteId : name);
        Element clusters = child(site, "Clusters");
        if (clusters == null) {
            return;
        }
        for (Element cluster : children(clusters, "Cluster")) {
            String id = required(cluster, "UniqueId", file);
            String fqdn = required(cluster, "Fqdn", file);
            boolean single = "true".equalsIgnoreCase(attribute(cluster, "IsSingleMachineOnly"));
            List<String> machines = new ArrayList<>();
            Element machineList = child(cluster, "Machines");
            if (machineList != null) {
                for (Element machine : children(machineList, "Machine")) {
                    String machineFqdn = attribute(machine, "Fqdn");
                    // A single-machine cluster's one machine has no Fqdn of its own: it is the cluster's.
                    machines.add(machineFqdn == null || machineFqdn.isBlank() ? fqdn : machineFqdn);
                }
            }
            deployment.add(new CsDeployment.Cluster(id, fqdn, deployment.siteName(siteId), single, machines));
            Element instances = child(cluster, "SqlInstances");
            if (instances != null) {
                for (Element instance : children(instances, "SqlInstance")) {
                    String instanceName = attribute(instance, "Name");
                    deployment.add(new CsDeployment.SqlInstance(required(instance, "UniqueId", file), id,
                            instanceName == null ? "" : instanceName));
                }
            }
        }
    }

    private static CsDeployment.Service service(Element service, String file) throws ImportException {
        List<String> dependsOn = new ArrayList<>();
        Element depends = child(service, "DependsOn");
        if (depends != null) {
            for (Element dependency : children(depends, "Dependency")) {
                String target = attribute(dependency, "ServiceUniqueId");
                if (target != null) {
                    dependsOn.add(target);
                }
            }
        }
        return new CsDeployment.Service(required(service, "UniqueId", file), required(service, "RoleName", file),
                CsServices.version(attribute(service, "ServiceVersion")), null, attribute(service, "InstalledOn"),
                dependsOn, CsServices.isDirector(service));
    }

    private static String required(Element element, String name, String file) throws ImportException {
        String value = attribute(element, name);
        if (value == null || value.isBlank()) {
            throw new ImportException(file, element.getLocalName(), "no " + name + " attribute");
        }
        return value;
    }
}
