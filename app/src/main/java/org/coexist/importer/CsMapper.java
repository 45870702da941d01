package org.coexist.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coexist.importer.ImportSummary.Category;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Properties;

/**
 * Turns a Lync or Skype for Business deployment into elements: a cluster with {@code UserServices} and
 * {@code Registrar} is a Front End pool (a Standard Edition server when it has one machine), a registrar marked as
 * Director a Director, {@code EdgeServer} an Edge Server, {@code MediationServer} on a Front End cluster a member
 * Mediation Server, each SQL instance that holds a store an SQL instance; store dependencies become
 * {@code BACKEND_STORE} links and an Edge's dependency on a registrar a {@code ROUTES_TO} link.
 */
final class CsMapper {
    /** Roles that make up a Front End or Director and need no element of their own: kept in {@code services}. */
    private static final Set<String> POOL_ROLES = Set.of("UserServices", "Registrar");

    private final CsDeployment deployment;
    private final Draft draft;
    private final ProductVersion assumed;
    /** The element a cluster or SQL instance became, by its key. */
    private final Map<String, Element> byPlace = new HashMap<>();
    /** The element a service belongs to, by service key (a member Mediation Server's service: the member). */
    private final Map<String, Element> byService = new HashMap<>();

    private CsMapper(CsDeployment deployment, Draft draft, ProductVersion assumed) {
        this.deployment = deployment;
        this.draft = draft;
        this.assumed = assumed;
    }

    /**
     * Maps the deployment into the draft.
     *
     * @param assumed the version for services without a known one, or null to refuse them
     * @throws MissingVersionException when some cluster has no known version and none is assumed; nothing is added
     */
    static void map(CsDeployment deployment, Draft draft, ProductVersion assumed) throws MissingVersionException {
        List<String> unknown = new ArrayList<>();
        for (CsDeployment.Cluster cluster : deployment.clusters.values()) {
            List<CsDeployment.Service> services = deployment.servicesOn(cluster.key());
            if (!services.isEmpty() && mapsToElement(services) && knownVersion(services) == null) {
                unknown.add(cluster.fqdn());
            }
        }
        if (!unknown.isEmpty() && assumed == null) {
            throw new MissingVersionException(deployment.file, unknown);
        }
        new CsMapper(deployment, draft, assumed).mapAll();
    }

    private void mapAll() {
        for (CsDeployment.Cluster cluster : deployment.clusters.values()) {
            mapCluster(cluster);
        }
        for (CsDeployment.SqlInstance instance : deployment.sqlInstances.values()) {
            mapSqlInstance(instance);
        }
        for (CsDeployment.Service service : deployment.services.values()) {
            mapDependencies(service);
        }
        deployment.nextHops.forEach((clusterKey, fqdn) -> {
            Element edge = byPlace.get(clusterKey);
            if (edge != null) {
                draft.routeLater(edge, fqdn);
            }
        });
    }

    private static boolean mapsToElement(List<CsDeployment.Service> services) {
        return services.stream().anyMatch(s -> CsRoles.elementType(s.role()) != null || POOL_ROLES.contains(s.role()));
    }

    private static ProductVersion knownVersion(List<CsDeployment.Service> services) {
        ProductVersion newest = null;
        for (CsDeployment.Service service : services) {
            ProductVersion version = service.knownVersion() != null ? service.knownVersion()
                    : CsVersions.of(service.serviceVersion());
            if (version != null && (newest == null || newest.isOlderThan(version))) {
                newest = version;
            }
        }
        return newest;
    }

    private ProductVersion versionOf(List<CsDeployment.Service> services, String name) {
        ProductVersion version = knownVersion(services);
        if (version == null) {
            draft.summary().add(Category.ASSUMED, "assumed.version", name, assumed);
            return assumed;
        }
        return version;
    }

    private void mapCluster(CsDeployment.Cluster cluster) {
        List<CsDeployment.Service> services = deployment.servicesOn(cluster.key());
        if (services.isEmpty()) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        services.forEach(s -> roles.add(s.role()));
        boolean director = services.stream().anyMatch(CsDeployment.Service::director);
        boolean pool = roles.containsAll(POOL_ROLES) && !director;
        ElementType type = director ? ElementType.DIRECTOR
                : pool ? (cluster.singleMachine() ? ElementType.STANDARD_EDITION_SERVER : ElementType.FRONT_END_POOL)
                : mainType(roles);
        if (type == null) {
            roles.forEach(role -> skipRole(cluster, role));
            return;
        }
        ProductVersion version = versionOf(services, cluster.fqdn());
        Map<String, Object> properties = clusterProperties(cluster, type);
        Boolean federation = deployment.federation.get(cluster.key());
        if (federation != null && type == ElementType.EDGE_SERVER) {
            properties.put(Properties.FEDERATION_ENABLED, federation);
        }
        List<String> kept = new ArrayList<>();
        for (String role : roles) {
            if (!POOL_ROLES.contains(role) && role.equals(CsRoles.primaryRole(type))) {
                continue;
            }
            if (CsRoles.isSkipped(role)) {
                skipRole(cluster, role);
            } else if (!POOL_ROLES.contains(role) && CsRoles.elementType(role) == null) {
                kept.add(role);
            }
        }
        if (!kept.isEmpty()) {
            properties.put("services", String.join(", ", kept));
        }
        Element element = draft.add(type, version, cluster.fqdn(), null, properties);
        if (element == null) {
            return;
        }
        keptLine(element, properties);
        byPlace.put(cluster.key(), element);
        for (CsDeployment.Service service : services) {
            byService.put(service.key(), element);
        }
        if (type.isRegistrarPool()) {
            mapMembers(cluster, services, element, version);
        }
    }

    /** The element type of a cluster that is not a pool or Director: its first role with a type of its own. */
    private static ElementType mainType(Set<String> roles) {
        for (String role : roles) {
            ElementType type = CsRoles.elementType(role);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** Mediation, Archiving and Monitoring collocated on a Front End cluster become members of the pool. */
    private void mapMembers(CsDeployment.Cluster cluster, List<CsDeployment.Service> services, Element pool,
                            ProductVersion version) {
        for (CsDeployment.Service service : services) {
            ElementType memberType = CsRoles.elementType(service.role());
            if (memberType == null || !draft.catalog().mayHold(pool.type(), memberType)) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(Properties.HOST, cluster.fqdn());
            Element member = draft.add(memberType, version, cluster.fqdn(), pool.id(), properties);
            if (member != null) {
                byService.put(service.key(), member);
            }
        }
    }

    private Map<String, Object> clusterProperties(CsDeployment.Cluster cluster, ElementType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (cluster.singleMachine() || cluster.machines().size() == 1) {
            properties.put(Properties.HOST, cluster.machines().isEmpty() ? cluster.fqdn() : cluster.machines().get(0));
        } else if (!cluster.machines().isEmpty()) {
            properties.put("machines", String.join(", ", cluster.machines()));
        }
        if (cluster.site() != null) {
            properties.put("site", cluster.site());
        }
        return properties;
    }

    private void mapSqlInstance(CsDeployment.SqlInstance instance) {
        List<CsDeployment.Service> stores = deployment.servicesOn(instance.key());
        if (stores.isEmpty()) {
            return;
        }
        CsDeployment.Cluster cluster = deployment.clusters.get(instance.clusterKey());
        String computer = cluster == null ? instance.clusterKey() : cluster.fqdn();
        String name = instance.name().isEmpty() ? computer : computer + "\\" + instance.name();
        ProductVersion product = knownVersion(stores);
        if (product == null) {
            product = dependentVersion(stores);
        }
        if (product == null) {
            product = assumed;
        }
        ProductVersion sql = CsVersions.assumedSql(product);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(Properties.HOST, computer);
        properties.put("stores", String.join(", ", stores.stream().map(CsDeployment.Service::role).toList()));
        properties.put("versionAssumed", true);
        Element host = byPlace.get(instance.clusterKey());
        String parent = host != null && draft.catalog().mayHold(host.type(), ElementType.SQL_INSTANCE) ? host.id() : null;
        Element element = draft.add(ElementType.SQL_INSTANCE, sql, name, parent, properties);
        if (element == null) {
            return;
        }
        if (product == null) {
            draft.summary().add(Category.ASSUMED, "assumed.sqlNoProduct", name, sql);
        } else {
            draft.summary().add(Category.ASSUMED, "assumed.sql", name, sql, product);
        }
        keptLine(element, properties);
        byPlace.put(instance.key(), element);
        stores.forEach(store -> byService.put(store.key(), element));
    }

    /** The newest version of the elements whose services depend on these stores, or null. */
    private ProductVersion dependentVersion(List<CsDeployment.Service> stores) {
        ProductVersion newest = null;
        for (CsDeployment.Service service : deployment.services.values()) {
            Element owner = byService.get(service.key());
            boolean uses = stores.stream().anyMatch(store -> service.dependsOn().contains(store.key()));
            if (owner != null && uses && (newest == null || newest.isOlderThan(owner.version()))) {
                newest = owner.version();
            }
        }
        return newest;
    }

    private void mapDependencies(CsDeployment.Service service) {
        Element from = byService.get(service.key());
        if (from == null) {
            return;
        }
        for (String key : service.dependsOn()) {
            CsDeployment.Service target = deployment.services.get(key);
            if (target == null) {
                continue;
            }
            if (deployment.sqlInstances.containsKey(target.installedOn()) && target.role().endsWith("Store")) {
                draft.link(LinkKind.BACKEND_STORE, from, byPlace.get(target.installedOn()));
            } else if ("EdgeServer".equals(service.role()) && "Registrar".equals(target.role())) {
                draft.link(LinkKind.ROUTES_TO, from, byService.get(target.key()));
            }
        }
    }

    private void skipRole(CsDeployment.Cluster cluster, String role) {
        String key = CsRoles.skipReason(role);
        if (key != null) {
            draft.summary().add(Category.SKIPPED, key, cluster.fqdn(), role);
        }
    }

    private void keptLine(Element element, Map<String, Object> properties) {
        List<String> names = properties.keySet().stream()
                .filter(name -> draft.catalog().property(name) == null).toList();
        if (!names.isEmpty()) {
            draft.summary().add(Category.KEPT, "kept", element.name(), String.join(", ", names));
        }
    }
}
