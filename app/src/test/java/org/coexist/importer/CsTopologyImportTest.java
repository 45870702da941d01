package org.coexist.importer;

import static org.coexist.importer.Fixtures.element;
import static org.coexist.importer.Fixtures.importing;
import static org.coexist.importer.Fixtures.linked;
import static org.coexist.importer.Fixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/** Lync and Skype for Business documents become pools, roles, versions, hosts and back-end links. */
class CsTopologyImportTest {

    @Test
    void topologyBuilderDocumentMapsPoolsRolesVersionsAndLinks() throws Exception {
        ImportResult result = importing(null, "contoso-sfb.tbxml");
        Topology t = result.topology();
        assertEquals("contoso.com", t.forests().iterator().next().name());
        Element pool = element(t, ElementType.FRONT_END_POOL, "pool01.contoso.com");
        assertEquals(ProductVersion.SFB_2019, pool.version());
        assertEquals("fe01.contoso.com, fe02.contoso.com, fe03.contoso.com", pool.properties().get("machines"));
        assertEquals("Paris", pool.properties().get("site"));
        assertEquals("WebServices, ConfServices", pool.properties().get("services"));
        Element mediation = element(t, ElementType.MEDIATION_SERVER, "pool01.contoso.com");
        assertEquals(pool.id(), mediation.parent());
        assertEquals(ProductVersion.SFB_2019, mediation.version());

        Element se = element(t, ElementType.STANDARD_EDITION_SERVER, "se01.contoso.com");
        assertEquals(ProductVersion.SFB_2015, se.version());
        assertEquals("se01.contoso.com", se.host());
        Element seStore = element(t, ElementType.SQL_INSTANCE, "se01.contoso.com\\rtc");
        assertEquals(se.id(), seStore.parent(), "a Standard Edition server's own SQL instance is its member");
        assertEquals(ProductVersion.SQL_2012, seStore.version());

        Element director = element(t, ElementType.DIRECTOR, "dir01.contoso.com");
        Element edge = element(t, ElementType.EDGE_SERVER, "edge01.contoso.com");
        assertTrue(linked(t, LinkKind.ROUTES_TO, edge, director), "the Edge routes to its next hop, the Director");

        Element userStore = element(t, ElementType.SQL_INSTANCE, "sql01.contoso.com\\rtc");
        Element monitoring = element(t, ElementType.SQL_INSTANCE, "sql02.contoso.com");
        assertEquals("sql01.contoso.com", userStore.host());
        assertEquals("sql02.contoso.com", monitoring.host(), "an empty instance name is the default instance");
        assertEquals(ProductVersion.SQL_2016, userStore.version());
        assertEquals(Boolean.TRUE, userStore.properties().get("versionAssumed"));
        assertTrue(linked(t, LinkKind.BACKEND_STORE, pool, userStore));
        assertTrue(linked(t, LinkKind.BACKEND_STORE, pool, monitoring));
        assertEquals(8, t.elements().size());
        assertEquals(3, t.links().size());

        List<String> skipped = summary(result, ImportSummary.Category.SKIPPED);
        assertTrue(skipped.stream().anyMatch(l -> l.startsWith("fs01.contoso.com: file store")), skipped::toString);
        assertTrue(skipped.stream().anyMatch(l -> l.startsWith("owa01.contoso.com: Office Web Apps")),
                skipped::toString);
        assertEquals(3, result.summary().count(ImportSummary.Category.ASSUMED), "each SQL instance's version");
    }

    @Test
    void publishedTopologyResolvesCompositeKeys() throws Exception {
        ImportResult result = importing(null, "fabrikam-lync2013-published.xml");
        Topology t = result.topology();
        Element pool = element(t, ElementType.FRONT_END_POOL, "lyncpool.fabrikam.com");
        assertEquals(ProductVersion.LYNC_2013, pool.version());
        assertEquals("lyncfe01.fabrikam.com, lyncfe02.fabrikam.com", pool.properties().get("machines"));
        Element sql = element(t, ElementType.SQL_INSTANCE, "lyncsql.fabrikam.com");
        assertEquals(ProductVersion.SQL_2008_R2, sql.version());
        assertTrue(linked(t, LinkKind.BACKEND_STORE, pool, sql));
        Element edge = element(t, ElementType.EDGE_SERVER, "lyncedge.fabrikam.com");
        assertTrue(linked(t, LinkKind.ROUTES_TO, edge, pool));
        List<String> skipped = summary(result, ImportSummary.Category.SKIPPED);
        assertEquals(3, skipped.size(), skipped::toString);
        assertTrue(skipped.stream().anyMatch(l -> l.contains("trusted application")), skipped::toString);
    }

    @Test
    void aStoreWithoutVersionTakesItsSqlVersionFromThePoolThatUsesIt(@org.junit.jupiter.api.io.TempDir
                                                                      java.nio.file.Path dir) throws Exception {
        String xml = java.nio.file.Files.readString(Fixtures.file("fabrikam-lync2013-published.xml"));
        String stripped = xml.replace("<Service RoleVersion=\"1\" ServiceVersion=\"6\">\n      <ServiceId SiteId=\"1\" "
                + "RoleName=\"UserStore\"", "<Service RoleVersion=\"1\">\n      <ServiceId SiteId=\"1\" RoleName=\"UserStore\"");
        assertTrue(!stripped.equals(xml), "the fixture's UserStore lost its ServiceVersion");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("nostoreversion.xml"), stripped);
        Topology t = new Importer(Fixtures.CATALOG).importFiles(List.of(file), null, null).topology();
        assertEquals(ProductVersion.SQL_2008_R2, element(t, ElementType.SQL_INSTANCE, "lyncsql.fabrikam.com").version());
    }

    @Test
    void configurationArchiveReadsTheTopologyInItsDocItemSet() throws Exception {
        Topology fromZip = importing(null, "fabrikam-cs-configuration.zip").topology();
        Topology fromXml = importing(null, "fabrikam-lync2013-published.xml").topology();
        assertEquals(fromXml.elements().stream().map(e -> e.type() + " " + e.name() + " " + e.version()).toList(),
                fromZip.elements().stream().map(e -> e.type() + " " + e.name() + " " + e.version()).toList());
        assertEquals(2, fromZip.links().size());
    }

    @Test
    void aMissingVersionIsAskedForNeverGuessed() {
        MissingVersionException e = assertThrows(MissingVersionException.class,
                () -> importing(null, "merged-legacy.xml"));
        assertEquals(List.of("ocspool.contoso.com"), e.pools());
        assertTrue(e.getMessage().startsWith("src/test/resources/import/merged-legacy.xml: ServiceVersion:"),
                e.getMessage());
    }

    @Test
    void legacyEdgeInputRoutesToTheMergedPoolOfAnotherDocument() throws Exception {
        ImportResult result = importing(ProductVersion.OCS_2007_R2, "merged-legacy.xml", "legacy-edge-input.xml");
        Topology t = result.topology();
        Element pool = element(t, ElementType.FRONT_END_POOL, "ocspool.contoso.com");
        assertEquals(ProductVersion.OCS_2007_R2, pool.version());
        assertEquals("BackCompatSite", pool.properties().get("site"));
        Element edge = element(t, ElementType.EDGE_SERVER, "ocsedge-int.contoso.com");
        assertEquals(ProductVersion.OCS_2007_R2, edge.version(), "the input file's Version=OCS2007R2");
        assertEquals(Boolean.TRUE, edge.properties().get("federationEnabled"));
        assertEquals("ocsedge01.contoso.com, ocsedge02.contoso.com", edge.properties().get("machines"));
        assertTrue(linked(t, LinkKind.ROUTES_TO, edge, pool));
        assertTrue(summary(result, ImportSummary.Category.ASSUMED).stream()
                .anyMatch(l -> l.startsWith("ocspool.contoso.com: the document gives no version")));
    }

    @Test
    void aLegacyEdgeWhoseNextHopIsElsewhereSaysSo() throws Exception {
        ImportResult result = importing(null, "legacy-edge-input.xml");
        assertEquals(0, result.topology().links().size());
        assertTrue(summary(result, ImportSummary.Category.SKIPPED).stream()
                .anyMatch(l -> l.contains("next hop ocspool.contoso.com is not in the imported documents")));
        assertNull(result.topology().elements().iterator().next().parent());
    }
}
