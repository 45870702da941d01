package org.coexist.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coexist.model.ProductVersion;

/**
 * A Lync or Skype for Business topology as its documents state it, before it becomes elements: clusters (pools and
 * single servers), SQL instances and the services installed on them. The Topology Builder names things by GUID, the
 * published topology by composite keys; both readers reduce them to the keys used here.
 */
final class CsDeployment {
    /** A pool or server: {@code machines} are the computers' names (a single-machine cluster's is its FQDN). */
    record Cluster(String key, String fqdn, String site, boolean singleMachine, List<String> machines) {
    }

    /** An SQL Server instance on a cluster's computer; an empty name is the default instance. */
    record SqlInstance(String key, String clusterKey, String name) {
    }

    /**
     * A service (role) installed on a cluster or an SQL instance.
     *
     * @param serviceVersion the document's ServiceVersion, or null when absent
     * @param knownVersion   a version the document states in words (the legacy Edge input), or null
     */
    record Service(String key, String role, Integer serviceVersion, ProductVersion knownVersion, String installedOn,
                   List<String> dependsOn, boolean director) {
    }

    final String file;
    String defaultDomain;
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final Map<String, SqlInstance> sqlInstances = new LinkedHashMap<>();
    final Map<String, Service> services = new LinkedHashMap<>();
    final Map<String, String> siteNames = new LinkedHashMap<>();
    /** Legacy Edge clusters: the FQDN of the Director or pool they route to, by cluster key. */
    final Map<String, String> nextHops = new LinkedHashMap<>();
    /** Legacy Edge clusters: whether federation is enabled, by cluster key, where the document says. */
    final Map<String, Boolean> federation = new LinkedHashMap<>();

    CsDeployment(String file) {
        this.file = file;
    }

    void add(Cluster cluster) {
        clusters.put(cluster.key(), cluster);
    }

    void add(SqlInstance instance) {
        sqlInstances.put(instance.key(), instance);
    }

    void add(Service service) {
        services.put(service.key(), service);
    }

    List<Service> servicesOn(String installedOn) {
        return services.values().stream().filter(s -> installedOn.equals(s.installedOn())).toList();
    }

    String siteName(String siteId) {
        return siteId == null ? null : siteNames.getOrDefault(siteId, siteId);
    }
}
