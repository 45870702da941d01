package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * Rule pack 2, server roles: Lync Server 2013 Archiving and Monitoring (34), legacy Archiving and Monitoring
 * Servers bound to their own pool version (35), OCS pools and newer Mediation Servers (36), and administrative
 * tools of two releases on one computer (47).
 */
class RulePack2RolesTest {
    private static final String RULE_34 = "lync2013-archiving-monitoring-server";
    private static final String RULE_35 = "legacy-archiving-monitoring-other-pool-version";
    private static final String RULE_36 = "ocs-pool-routes-to-newer-mediation";
    private static final String RULE_33 = "lync2013-mixed-version-routing";
    private static final String RULE_47 = "admin-tools-of-two-releases-on-one-computer";

    @Test
    void rule34FlagsLync2013ArchivingAndMonitoringServers() {
        new Fixture().element("p", FRONT_END_POOL, LYNC_2013).element("a", ARCHIVING_SERVER, LYNC_2013)
                .element("m", MONITORING_SERVER, LYNC_2013)
                .assertFires(RULE_34, on("a"), on("m"));
    }

    @Test
    void rule34SilentOnLync2010Servers() {
        new Fixture().element("a", ARCHIVING_SERVER, LYNC_2010).element("m", MONITORING_SERVER, LYNC_2010)
                .element("p", FRONT_END_POOL, LYNC_2013).assertSilent(RULE_34);
    }

    private static Fixture reports(ElementType poolType, ProductVersion pool, LinkKind kind, ElementType serverType,
                                   ProductVersion server) {
        return new Fixture().element("p", poolType, pool).element("s", serverType, server).link("l1", kind, "p", "s");
    }

    @Test
    void rule35LegacyMonitoringServerOfAnotherVersion() {
        reports(FRONT_END_POOL, LYNC_2013, REPORTS_QOE_TO, MONITORING_SERVER, LYNC_2010).assertFires(RULE_35, on("l1"));
        reports(STANDARD_EDITION_SERVER, LYNC_2010, REPORTS_QOE_TO, MONITORING_SERVER, OCS_2007_R2)
                .assertFires(RULE_35, on("l1"));
        reports(FRONT_END_POOL, OCS_2007_R2, REPORTS_QOE_TO, MONITORING_SERVER, LYNC_2010)
                .assertFires(RULE_35, on("l1"));
    }

    @Test
    void rule35SilentOnItsOwnVersionAndOnOlderMonitoringServers() {
        reports(FRONT_END_POOL, LYNC_2010, REPORTS_QOE_TO, MONITORING_SERVER, LYNC_2010).assertSilent(RULE_35);
        reports(FRONT_END_POOL, OCS_2007_R2, REPORTS_QOE_TO, MONITORING_SERVER, OCS_2007).assertSilent(RULE_35);
        new Fixture().element("med", MEDIATION_SERVER, LYNC_2013).element("s", MONITORING_SERVER, LYNC_2010)
                .link("l1", REPORTS_QOE_TO, "med", "s").assertSilent(RULE_35);
    }

    @Test
    void rule35YieldsToRules5And7OneFindingPerLink() {
        Fixture archiving = reports(FRONT_END_POOL, LYNC_2013, ARCHIVES_TO, ARCHIVING_SERVER, LYNC_2010);
        archiving.assertFires("ocs-r2-archiving-version", on("l1"));
        archiving.assertSilent(RULE_35);
        Fixture qoe = reports(FRONT_END_POOL, OCS_2007, REPORTS_QOE_TO, MONITORING_SERVER, OCS_2007_R2);
        qoe.assertFires("ocs2007-pool-qoe-to-r2-monitoring", on("l1"));
        qoe.assertSilent(RULE_35);
    }

    private static Fixture mediationRoute(ProductVersion pool, ProductVersion mediation) {
        return new Fixture().element("p", FRONT_END_POOL, pool).element("se", STANDARD_EDITION_SERVER, pool)
                .element("med", MEDIATION_SERVER, mediation)
                .link("l1", ROUTES_TO, "p", "med").link("l2", ROUTES_TO, "med", "se");
    }

    @Test
    void rule36OcsPoolsAndNewerMediationServersEitherWay() {
        mediationRoute(OCS_2007_R2, LYNC_2013).assertFires(RULE_36, on("l1"), on("l2"));
        mediationRoute(OCS_2007, LYNC_2010).assertFires(RULE_36, on("l1"), on("l2"));
        mediationRoute(OCS_2007_R2, SFB_2019).assertFires(RULE_36, on("l1"), on("l2"));
    }

    @Test
    void rule36SilentForLegacyMediationAndNewerPools() {
        mediationRoute(OCS_2007_R2, OCS_2007_R2).assertSilent(RULE_36);
        mediationRoute(LYNC_2010, LYNC_2013).assertSilent(RULE_36);
        new Fixture().element("e", EDGE_SERVER, OCS_2007_R2).element("med", MEDIATION_SERVER, LYNC_2013)
                .link("l1", ROUTES_TO, "e", "med").assertSilent(RULE_36);
    }

    @Test
    void rule33YieldsToRule36() {
        Fixture f = mediationRoute(OCS_2007_R2, LYNC_2013);
        f.assertSilent(RULE_33);
        assertEquals(2, f.findings(RULE_36).size());
        mediationRoute(LYNC_2010, LYNC_2013).assertFires(RULE_33, on("l1"), on("l2"));
    }

    private static Fixture tools(ProductVersion first, ProductVersion second, String secondHost) {
        return new Fixture().element("t1", ADMIN_TOOLS, first, Properties.HOST, "admin01")
                .element("t2", ADMIN_TOOLS, second, Properties.HOST, secondHost);
    }

    @Test
    void rule47ToolsOfTwoReleasesOnOneComputer() {
        tools(LYNC_2010, LYNC_2013, "ADMIN01 ").assertFires(RULE_47, on("t1", "t2"));
        tools(LYNC_2010, LYNC_2013, "admin01.contoso.com").assertFires(RULE_47, on("t1", "t2"));
        tools(SFB_2019, OCS_2007_R2, "admin01").assertFires(RULE_47, on("t1", "t2"));
        tools(LYNC_2013, SFB_2015, "admin01").element("t3", ADMIN_TOOLS, LYNC_2013, Properties.HOST, "admin01")
                .assertFires(RULE_47, on("t1", "t2"), on("t2", "t3"));
    }

    @Test
    void rule47SilentOnOtherComputersOlderReleasesOrExchangeTools() {
        tools(LYNC_2010, LYNC_2013, "admin02").assertSilent(RULE_47);
        new Fixture().element("t1", ADMIN_TOOLS, LYNC_2010, Properties.HOST, "admin01.contoso.com")
                .element("t2", ADMIN_TOOLS, LYNC_2013, Properties.HOST, "admin01.fabrikam.com").assertSilent(RULE_47);
        tools(OCS_2007_R2, LYNC_2010, "admin01").assertSilent(RULE_47);
        tools(LYNC_2013, LYNC_2013, "admin01").assertSilent(RULE_47);
        tools(LYNC_2013, EXCHANGE_2010, "admin01").assertSilent(RULE_47);
        new Fixture().element("t1", ADMIN_TOOLS, LYNC_2013, Properties.HOST, "admin01")
                .element("p", FRONT_END_POOL, LYNC_2010, Properties.HOST, "admin01").assertSilent(RULE_47);
    }
}
