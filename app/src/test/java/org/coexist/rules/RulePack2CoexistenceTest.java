package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coexist.model.Link;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * Rules 52 to 57, 59 and 60 of pack 2 (Exchange 2007 roles beside Exchange 2000/2003, SQL Server versions of
 * legacy back ends, forests of mixed communications versions), each firing with its exact subjects and silent on
 * its close variant.
 */
class RulePack2CoexistenceTest {
    private static final String NO_CAS = "exchange2007-mailbox-without-client-access";
    private static final String NO_CONNECTOR = "exchange2007-no-routing-group-connector";
    private static final String EDGE_TRANSPORT = "exchange-edge-transport-without-hub";
    private static final String LYNC_2010_SQL = "lync2010-backend-sql-version";
    private static final String R2_SQL = "ocs-r2-backend-sql-version";
    private static final String OCS_2007_SQL = "ocs2007-backend-sql-version";
    private static final String R2_EDGE_FIRST = "ocs-r2-edge-before-r2-pool";
    private static final String LYNC_2013_BESIDE = "lync2013-with-ocs2007-or-lcs";

    private static Fixture mailboxes() {
        return new Fixture().element("mbx1", MAILBOX_SERVER, EXCHANGE_2007)
                .element("mbx2", MAILBOX_SERVER, EXCHANGE_2007).element("mbx10", MAILBOX_SERVER, EXCHANGE_2010).element("cas10", CLIENT_ACCESS_SERVER, EXCHANGE_2010)
                .forest("f2").element("cas", CLIENT_ACCESS_SERVER, EXCHANGE_2007);
    }

    @Test
    void rule52Exchange2007MailboxServersWithoutClientAccess() {
        Fixture f = mailboxes();
        f.assertFires(NO_CAS, on("mbx1", "mbx2"));
        assertEquals("Forest f1.example.com has 2 Exchange 2007 Mailbox servers and no Exchange 2007 Client Access"
                + " server: every Active Directory site with a Mailbox server needs a Client Access server",
                f.findings(NO_CAS).get(0).message());
        assertEquals("seed-002", f.findings(NO_CAS).get(0).source().document().id());
    }

    @Test
    void rule52SilentWithAnExchange2007ClientAccessServerInTheForest() {
        mailboxes().forest("f1").element("cas2", CLIENT_ACCESS_SERVER, EXCHANGE_2007).assertSilent(NO_CAS);
    }

    @Test
    void rule52AClientAccessServerUpgradedInPlaceNoLongerCounts() {
        Fixture f = mailboxes().forest("f1").element("cas2", CLIENT_ACCESS_SERVER, EXCHANGE_2007)
                .link("u1", UPGRADES_IN_PLACE, "cas2", "cas10");
        f.assertFires(NO_CAS, on("mbx1", "mbx2"));
    }

    private static Fixture routing(ProductVersion legacy) {
        return new Fixture().element("ex", EXCHANGE_SERVER, legacy).element("hub", HUB_TRANSPORT_SERVER, EXCHANGE_2007)
                .element("mbx", MAILBOX_SERVER, EXCHANGE_2007).element("cas", CLIENT_ACCESS_SERVER, EXCHANGE_2007)
                .link("l1", ROUTES_TO, "mbx", "ex").forest("f2").element("ex2", EXCHANGE_SERVER, legacy)
                .link("l2", ROUTES_TO, "hub", "ex2");
    }

    @Test
    void rule53NoRouteBetweenTheHubAndTheLegacyServers() {
        Fixture f = routing(EXCHANGE_2003);
        f.assertFires(NO_CONNECTOR, on("f1"));
        assertEquals(Severity.WARNING, f.findings(NO_CONNECTOR).get(0).severity());
        routing(EXCHANGE_2000).assertFires(NO_CONNECTOR, on("f1"));
    }

    @Test
    void rule53SilentWithARoutingGroupConnectorEitherWayOrWithoutLegacyServers() {
        routing(EXCHANGE_2003).link("l3", ROUTES_TO, "ex", "hub").assertSilent(NO_CONNECTOR);
        routing(EXCHANGE_5_5).assertSilent(NO_CONNECTOR);
    }

    @Test
    void rule53FollowsTheConnectorLive() {
        Fixture f = routing(EXCHANGE_2003);
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(NO_CONNECTOR), RulePack2ServersTest.rules(live.findingsFor("f1")));
            f.topology.addLink(new Link("l3", ROUTES_TO, "hub", "ex"));
            assertEquals(List.of(), live.findingsFor("f1"));
            f.topology.replaceLink(f.topology.link("l3").withKind(MIGRATES_TO));
            assertEquals(List.of(NO_CONNECTOR), RulePack2ServersTest.rules(live.findingsFor("f1")));
        }
    }

    private static Fixture edgeTransport(ProductVersion version) {
        return new Fixture().element("edge", EDGE_TRANSPORT_SERVER, version).element("mbx", MAILBOX_SERVER, version)
                .element("hub", HUB_TRANSPORT_SERVER, EXCHANGE_2007).link("l1", ROUTES_TO, "edge", "mbx");
    }

    @Test
    void rule54EdgeTransportWithoutAHub() {
        Fixture f = edgeTransport(EXCHANGE_2010);
        f.assertFires(EDGE_TRANSPORT, on("edge"));
        assertEquals("Edge Transport Server edge (Exchange 2010) has no route to or from a Hub Transport server: its"
                + " Edge Subscription is kept by the EdgeSync service, which runs on a Hub Transport server (our"
                + " inference from the Edge Subscription guide)", f.findings(EDGE_TRANSPORT).get(0).message());
        edgeTransport(EXCHANGE_2007).assertFires(EDGE_TRANSPORT, on("edge"));
    }

    @Test
    void rule54SilentWithARouteToAHubOrFromExchange2013On() {
        edgeTransport(EXCHANGE_2007).link("l2", ROUTES_TO, "hub", "edge").assertSilent(EDGE_TRANSPORT);
        edgeTransport(EXCHANGE_2013).assertSilent(EDGE_TRANSPORT);
    }

    private static Fixture backEnd(ProductVersion pool, ProductVersion sql) {
        return new Fixture().element("p1", FRONT_END_POOL, pool).element("s1", SQL_INSTANCE, sql)
                .link("l1", BACKEND_STORE, "p1", "s1");
    }

    @Test
    void rule55Lync2010OnSql2012OrNewer() {
        backEnd(LYNC_2010, SQL_2012).assertFires(LYNC_2010_SQL, on("l1"));
        Fixture chat = new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).element("s1", SQL_INSTANCE, SQL_2019)
                .link("l1", BACKEND_STORE, "gc", "s1");
        chat.assertFires(LYNC_2010_SQL, on("l1"));
    }

    @Test
    void rule55SilentOnSql2008R2() {
        backEnd(LYNC_2010, SQL_2008_R2).assertSilent(LYNC_2010_SQL);
        backEnd(LYNC_2013, SQL_2012).assertSilent(LYNC_2010_SQL);
    }

    @Test
    void rule56OcsR2OnSql2008R2OrNewer() {
        Fixture f = backEnd(OCS_2007_R2, SQL_2008_R2);
        f.assertFires(R2_SQL, on("l1"));
        assertEquals("Front End Pool p1 (OCS 2007 R2) uses SQL Server Instance s1 (SQL 2008 R2) as its back end: OCS"
                + " 2007 R2 supports SQL Server 2005 SP2 or later and SQL Server 2008", f.findings(R2_SQL).get(0)
                .message());
    }

    @Test
    void rule56SilentOnSql2008() {
        backEnd(OCS_2007_R2, SQL_2008).assertSilent(R2_SQL);
    }

    @Test
    void rule57Ocs2007OnSql2008OrNewer() {
        backEnd(OCS_2007, SQL_2008).assertFires(OCS_2007_SQL, on("l1"));
        Fixture archiving = new Fixture().element("a1", ARCHIVING_SERVER, OCS_2007)
                .element("s1", SQL_INSTANCE, SQL_2016).link("l1", BACKEND_STORE, "a1", "s1");
        archiving.assertFires(OCS_2007_SQL, on("l1"));
    }

    @Test
    void rule57SilentOnSql2005() {
        backEnd(OCS_2007, SQL_2005).assertSilent(OCS_2007_SQL);
    }

    private static Fixture edgeBeside(ProductVersion otherPool) {
        return new Fixture().element("edge", EDGE_SERVER, OCS_2007_R2).element("edge2", EDGE_SERVER, OCS_2007_R2)
                .element("p07", FRONT_END_POOL, OCS_2007).element("p2", STANDARD_EDITION_SERVER, otherPool)
                .element("dir", DIRECTOR, OCS_2007_R2);
    }

    @Test
    void rule59R2EdgeWhilePoolsAreStillOcs2007() {
        Fixture f = edgeBeside(OCS_2007);
        f.assertFires(R2_EDGE_FIRST, on("edge"), on("edge2"));
        assertEquals(Severity.WARNING, f.findings(R2_EDGE_FIRST).get(0).severity());
    }

    @Test
    void rule59SilentOnceAnR2PoolIsDeployed() {
        edgeBeside(OCS_2007_R2).assertSilent(R2_EDGE_FIRST);
        new Fixture().element("edge", EDGE_SERVER, OCS_2007_R2).element("p1", FRONT_END_POOL, LCS_2005_SP1)
                .assertSilent(R2_EDGE_FIRST);
    }

    @Test
    void rule59AnEdgeUpgradedInPlaceNoLongerCounts() {
        edgeBeside(OCS_2007).element("edge10", EDGE_SERVER, LYNC_2010).link("u1", UPGRADES_IN_PLACE, "edge2", "edge10")
                .assertFires(R2_EDGE_FIRST, on("edge"));
    }

    @Test
    void rule60Lync2013BesideOcs2007OrLcs2005() {
        new Fixture().element("p13", FRONT_END_POOL, LYNC_2013).element("med", MEDIATION_SERVER, OCS_2007)
                .assertFires(LYNC_2013_BESIDE, on("f1"));
        new Fixture().element("p13", PERSISTENT_CHAT_POOL, LYNC_2013).element("lcs", EDGE_SERVER, LCS_2005_SP1)
                .assertFires(LYNC_2013_BESIDE, on("f1"));
    }

    @Test
    void rule60SilentBesideR2OrWhenOnlyClientsAndToolsAreOlder() {
        new Fixture().element("p13", FRONT_END_POOL, LYNC_2013).element("r2", FRONT_END_POOL, OCS_2007_R2)
                .assertSilent(LYNC_2013_BESIDE);
        new Fixture().element("p13", FRONT_END_POOL, LYNC_2013).element("oc", COMMUNICATOR_CLIENT, OCS_2007)
                .element("tools", ADMIN_TOOLS, OCS_2007).element("app", APPLICATION, LCS_2005_SP1)
                .assertSilent(LYNC_2013_BESIDE);
        new Fixture().element("p13", FRONT_END_POOL, LYNC_2013).forest("f2").element("p07", FRONT_END_POOL, OCS_2007)
                .assertSilent(LYNC_2013_BESIDE);
    }
}
