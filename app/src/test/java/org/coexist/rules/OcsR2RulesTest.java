package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rules 1 to 13 (seed 000: OCS 2007 R2 components in a phased migration), and the structural rule. */
class OcsR2RulesTest {

    @Test
    void structuralRuleFiresOnALinkOutsideItsKindsRow() {
        Fixture f = new Fixture().element("s1", SQL_INSTANCE, SQL_2008).element("c1", LYNC_CLIENT, LYNC_2013)
                .link("l1", HOMED_ON, "s1", "c1");
        assertEquals(1, f.findings("link-kind-endpoints").size());
        assertEquals(on("l1"), f.findings("link-kind-endpoints").get(0).subjects());
        assertEquals("SQL Server Instance s1 (SQL 2008) cannot be linked to Lync Client c1 (Lync 2013) by"
                + " \u201chomed on\u201d: this kind of link does not join these elements",
                f.findings("link-kind-endpoints").get(0).message());
    }

    @Test
    void structuralRuleAcceptsALinkInItsKindsRow() {
        Fixture f = new Fixture().element("p1", FRONT_END_POOL, LYNC_2013).element("c1", LYNC_CLIENT, LYNC_2013)
                .link("l1", HOMED_ON, "c1", "p1");
        f.assertSilent("link-kind-endpoints");
    }

    /** domain.md v2: MIGRATES_TO "also from NOTES_SERVER to an Exchange server or role" (seed 001 describes it). */
    @Test
    void structuralRuleAcceptsNotesMigratingToAnExchangeRoleOnly() {
        Fixture f = new Fixture().element("n1", NOTES_SERVER, LOTUS_NOTES).element("m1", MAILBOX_SERVER, EXCHANGE_2007)
                .element("p1", FRONT_END_POOL, LYNC_2013).link("l1", MIGRATES_TO, "n1", "m1");
        f.assertSilent("link-kind-endpoints");
        f.link("l2", MIGRATES_TO, "n1", "p1").link("l3", MIGRATES_TO, "m1", "p1")
                .link("l4", UPGRADES_IN_PLACE, "n1", "m1");
        assertEquals(List.of(on("l2"), on("l3"), on("l4")),
                f.findings("link-kind-endpoints").stream().map(Finding::subjects).toList(),
                "Notes to a communications pool, Exchange to a pool, and an in-place upgrade from Notes stay errors");
    }

    private static Fixture backEnds(ProductVersion other, String otherInstance) {
        Fixture f = new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2).element("p2", FRONT_END_POOL, other)
                .element("s1", SQL_INSTANCE, SQL_2005, Properties.HOST, "sql01")
                .element("s2", SQL_INSTANCE, SQL_2005, Properties.HOST, "SQL01 ")
                .element("s3", SQL_INSTANCE, SQL_2005, Properties.HOST, "sql03");
        return f.link("l1", BACKEND_STORE, "p1", "s1").link("l2", BACKEND_STORE, "p2", otherInstance);
    }

    @Test
    void rule1R2PoolSharingItsInstanceWithAnotherVersion() {
        Fixture f = backEnds(OCS_2007, "s1");
        f.assertFires("ocs-r2-shared-backend-instance", on("l1", "l2"));
        f.assertSilent("ocs-r2-collocated-backend");
    }

    @Test
    void rule1SilentOnSeparateInstancesOrSameVersion() {
        backEnds(OCS_2007, "s3").assertSilent("ocs-r2-shared-backend-instance");
        backEnds(OCS_2007_R2, "s1").assertSilent("ocs-r2-shared-backend-instance");
    }

    @Test
    void rule1SilentForAPoolAndItsInPlaceUpgrade() {
        Fixture upgraded = backEnds(OCS_2007, "s1").link("up", UPGRADES_IN_PLACE, "p2", "p1");
        upgraded.assertSilent("ocs-r2-shared-backend-instance");
        backEnds(OCS_2007, "s1").element("p3", FRONT_END_POOL, OCS_2007).link("up", UPGRADES_IN_PLACE, "p3", "p1")
                .assertFires("ocs-r2-shared-backend-instance", on("l1", "l2"));
    }

    @Test
    void rule2R2BackEndCollocatedWithAnOlderPoolsInstance() {
        Fixture f = backEnds(OCS_2007, "s2");
        f.assertFires("ocs-r2-collocated-backend", on("l1"));
        f.assertSilent("ocs-r2-shared-backend-instance");
    }

    @Test
    void rule2SilentOnAnotherComputerOrANewerPool() {
        backEnds(OCS_2007, "s3").assertSilent("ocs-r2-collocated-backend");
        backEnds(LYNC_2010, "s2").assertSilent("ocs-r2-collocated-backend");
    }

    /** An R2 back end on sql01.contoso.com, an OCS 2007 back end on the given host, in f1 or in another forest. */
    private static Fixture collocated(String otherHost, String otherForest) {
        return new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2)
                .element("s1", SQL_INSTANCE, SQL_2005, Properties.HOST, "SQL01.contoso.com ")
                .forest(otherForest).element("p2", FRONT_END_POOL, OCS_2007)
                .element("s2", SQL_INSTANCE, SQL_2005, Properties.HOST, otherHost)
                .link("l1", BACKEND_STORE, "p1", "s1").link("l2", BACKEND_STORE, "p2", "s2");
    }

    @Test
    void rule2ABareNameIsTheQualifiedNameWhoseFirstLabelItIsInTheSameForest() {
        collocated("sql01", "f1").assertFires("ocs-r2-collocated-backend", on("l1"));
        collocated("sql01.contoso.com", "f2").assertFires("ocs-r2-collocated-backend", on("l1"));
    }

    @Test
    void rule2SilentForAnotherForestsBareNameAnotherDomainOrAnInPlaceUpgrade() {
        collocated("sql01", "f2").assertSilent("ocs-r2-collocated-backend");
        collocated("sql01.fabrikam.com", "f1").assertSilent("ocs-r2-collocated-backend");
        collocated("sql01x", "f1").assertSilent("ocs-r2-collocated-backend");
        collocated("sql01", "f1").link("up", UPGRADES_IN_PLACE, "p2", "p1").assertSilent("ocs-r2-collocated-backend");
    }

    private static Fixture manages(ProductVersion tools, ProductVersion target) {
        return new Fixture().element("a1", ADMIN_TOOLS, tools).element("p1", FRONT_END_POOL, target)
                .link("l1", MANAGES, "a1", "p1");
    }

    @Test
    void rule3R2ToolsManagingOcs2007() {
        Fixture f = manages(OCS_2007_R2, OCS_2007);
        f.assertFires("ocs-r2-admin-tools-manage-ocs2007", on("l1"));
        f.assertSilent("communications-admin-tools-version");
    }

    @Test
    void rule3SilentWithMatchingTools() {
        manages(OCS_2007, OCS_2007).assertSilent("ocs-r2-admin-tools-manage-ocs2007");
    }

    @Test
    void rule4OtherDifferingCommunicationsVersionsWarn() {
        Fixture f = manages(LYNC_2010, OCS_2007_R2);
        f.assertFires("communications-admin-tools-version", on("l1"));
        assertEquals(Severity.WARNING, f.findings("communications-admin-tools-version").get(0).severity());
    }

    @Test
    void rule4SilentOnOneVersion() {
        manages(LYNC_2013, LYNC_2013).assertSilent("communications-admin-tools-version");
    }

    @Test
    void rule4SilentWhereNewerToolsAreDocumentedToManage() {
        manages(LYNC_2013, LYNC_2010).assertSilent("communications-admin-tools-version");
        for (ProductVersion older : new ProductVersion[]{LCS_2005_SP1, OCS_2007, OCS_2007_R2, LYNC_2010, LYNC_2013,
            SFB_2015}) {
            manages(SFB_2019, older).assertSilent("communications-admin-tools-version");
        }
    }

    /** Older tools on newer elements (Lync 2010 on Lync 2013, anything on SfB 2019) are rule 48's, not these. */
    @Test
    void rule4StillWarnsOnTheCloseVariantsOfItsExemptions() {
        manages(LYNC_2013, OCS_2007_R2).assertFires("communications-admin-tools-version", on("l1"));
        manages(SFB_2015, LYNC_2013).assertFires("communications-admin-tools-version", on("l1"));
        manages(SFB_2015, LYNC_2010).assertFires("communications-admin-tools-version", on("l1"));
    }

    @Test
    void rule5ArchivingServerOfAnotherVersion() {
        Fixture f = new Fixture().element("pool01", FRONT_END_POOL, OCS_2007)
                .element("arch01", ARCHIVING_SERVER, OCS_2007_R2).link("l1", ARCHIVES_TO, "pool01", "arch01");
        f.assertFires("ocs-r2-archiving-version", on("l1"));
        assertEquals("Archiving Server arch01 (OCS 2007 R2) cannot archive for Front End Pool pool01 (OCS 2007):"
                + " the Archiving Server version must match the pool",
                f.findings("ocs-r2-archiving-version").get(0).message());
        assertEquals("seed-000", f.findings("ocs-r2-archiving-version").get(0).source().document().id());
    }

    @Test
    void rule5SilentWhenVersionsMatch() {
        new Fixture().element("p1", STANDARD_EDITION_SERVER, OCS_2007_R2)
                .element("a1", ARCHIVING_SERVER, OCS_2007_R2).link("l1", ARCHIVES_TO, "p1", "a1")
                .assertSilent("ocs-r2-archiving-version");
    }

    private static Fixture clientReporting(ProductVersion home) {
        return new Fixture().element("p1", FRONT_END_POOL, home).element("c1", COMMUNICATOR_CLIENT, OCS_2007)
                .element("m1", MONITORING_SERVER, OCS_2007).link("l1", HOMED_ON, "c1", "p1")
                .link("l2", REPORTS_QOE_TO, "c1", "m1");
    }

    @Test
    void rule6R2MediationOrR2HomedClientsReportingToOcs2007Monitoring() {
        new Fixture().element("med", MEDIATION_SERVER, OCS_2007_R2).element("m1", MONITORING_SERVER, OCS_2007)
                .link("l1", REPORTS_QOE_TO, "med", "m1").assertFires("ocs-r2-qoe-to-ocs2007-monitoring", on("l1"));
        clientReporting(OCS_2007_R2).assertFires("ocs-r2-qoe-to-ocs2007-monitoring", on("l2"));
    }

    @Test
    void rule6SilentForClientsHomedOnOcs2007() {
        clientReporting(OCS_2007).assertSilent("ocs-r2-qoe-to-ocs2007-monitoring");
        new Fixture().element("med", MEDIATION_SERVER, OCS_2007).element("m1", MONITORING_SERVER, OCS_2007)
                .link("l1", REPORTS_QOE_TO, "med", "m1").assertSilent("ocs-r2-qoe-to-ocs2007-monitoring");
    }

    @Test
    void rule7Ocs2007PoolReportingToR2Monitoring() {
        new Fixture().element("p1", STANDARD_EDITION_SERVER, OCS_2007).element("m1", MONITORING_SERVER, OCS_2007_R2)
                .link("l1", REPORTS_QOE_TO, "p1", "m1").assertFires("ocs2007-pool-qoe-to-r2-monitoring", on("l1"));
    }

    @Test
    void rule7SilentForAnR2Pool() {
        new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2).element("m1", MONITORING_SERVER, OCS_2007_R2)
                .link("l1", REPORTS_QOE_TO, "p1", "m1").assertSilent("ocs2007-pool-qoe-to-r2-monitoring");
    }

    static Fixture mediationToR2Monitoring() {
        return new Fixture().element("med", MEDIATION_SERVER, OCS_2007).element("m1", MONITORING_SERVER, OCS_2007_R2)
                .element("p1", FRONT_END_POOL, OCS_2007_R2).link("l1", REPORTS_QOE_TO, "med", "m1");
    }

    @Test
    void rule8Ocs2007MediationAloneWithR2Monitoring() {
        mediationToR2Monitoring().assertFires("ocs2007-mediation-qoe-needs-r2-pool", on("l1"));
    }

    @Test
    void rule8SilentWhenAnR2PoolReportsThereToo() {
        mediationToR2Monitoring().link("l2", REPORTS_QOE_TO, "p1", "m1")
                .assertSilent("ocs2007-mediation-qoe-needs-r2-pool");
    }

    @Test
    void rule9OutsideVoiceControlOnANonR2PoolOrBesideAnOcs2007Mediation() {
        new Fixture().element("p1", FRONT_END_POOL, OCS_2007, Properties.OUTSIDE_VOICE_CONTROL, true)
                .assertFires("ocs-outside-voice-control", on("p1"));
        new Fixture().element("p1", STANDARD_EDITION_SERVER, OCS_2007_R2, Properties.OUTSIDE_VOICE_CONTROL, true)
                .element("med", MEDIATION_SERVER, OCS_2007).assertFires("ocs-outside-voice-control", on("p1"));
    }

    @Test
    void rule9SilentOnceMediationIsUpgradedOrElsewhere() {
        new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2, Properties.OUTSIDE_VOICE_CONTROL, true)
                .element("med", MEDIATION_SERVER, OCS_2007_R2).forest("f2").element("old", MEDIATION_SERVER, OCS_2007)
                .assertSilent("ocs-outside-voice-control");
        new Fixture().element("p1", FRONT_END_POOL, OCS_2007, Properties.OUTSIDE_VOICE_CONTROL, false)
                .assertSilent("ocs-outside-voice-control");
    }

    @Test
    void rule9OutsideVoiceControlWithoutAnyR2MediationServer() {
        Fixture f = new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2, Properties.OUTSIDE_VOICE_CONTROL, true)
                .forest("f2").element("med", MEDIATION_SERVER, OCS_2007_R2);
        f.assertFires("ocs-outside-voice-control", on("p1"));
        assertEquals("Front End Pool p1 (OCS 2007 R2) has Outside Voice Control enabled, but its forest has no"
                + " OCS 2007 R2 Mediation Server: Outside Voice Control requires OCS 2007 R2 Mediation Servers",
                f.findings("ocs-outside-voice-control").get(0).message());
    }

    @Test
    void rule9AnOcs2007MediationServerUpgradedInPlaceToR2NoLongerCounts() {
        Fixture f = new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2, Properties.OUTSIDE_VOICE_CONTROL, true)
                .element("old", MEDIATION_SERVER, OCS_2007).element("med", MEDIATION_SERVER, OCS_2007_R2);
        f.assertFires("ocs-outside-voice-control", on("p1"));
        f.link("up", UPGRADES_IN_PLACE, "old", "med").assertSilent("ocs-outside-voice-control");
    }

    private static Fixture edgeRouting(ProductVersion pool, boolean towardsEdge) {
        Fixture f = new Fixture().element("e1", EDGE_SERVER, OCS_2007_R2).element("p1", FRONT_END_POOL, pool);
        return towardsEdge ? f.link("l1", ROUTES_TO, "p1", "e1") : f.link("l1", ROUTES_TO, "e1", "p1");
    }

    @Test
    void rule10R2EdgeAndOcs2007PoolEitherWay() {
        edgeRouting(OCS_2007, false).assertFires("ocs-r2-edge-inside-out", on("l1"));
        edgeRouting(OCS_2007, true).assertFires("ocs-r2-edge-inside-out", on("l1"));
    }

    @Test
    void rule10SilentOutsideInFromLcs2005() {
        edgeRouting(LCS_2005_SP1, false).assertSilent("ocs-r2-edge-inside-out");
    }

    private static Fixture application(String api) {
        return new Fixture().element("app", APPLICATION, OCS_2007, Properties.API, api)
                .element("p1", FRONT_END_POOL, OCS_2007_R2).link("l1", CONNECTS_TO, "app", "p1");
    }

    @Test
    void rule11Lcs2005ApiApplicationOnR2() {
        application("LCS_2005_API").assertFires("ocs-r2-lcs2005-api-application", on("l1"));
    }

    @Test
    void rule11SilentForOtherApis() {
        application("UCMA").assertSilent("ocs-r2-lcs2005-api-application");
    }

    @Test
    void rule12UcAjaxWithoutCwa2007() {
        application("UC_AJAX_API").assertFires("ocs-r2-uc-ajax-needs-cwa2007", on("app"));
    }

    @Test
    void rule12SilentWithCwa2007Kept() {
        application("UC_AJAX_API").element("cwa", COMMUNICATOR_WEB_ACCESS, OCS_2007)
                .assertSilent("ocs-r2-uc-ajax-needs-cwa2007");
    }

    @Test
    void rule12SilentWhereOnlyClientsToolsAndApplicationsAreR2() {
        new Fixture().element("app", APPLICATION, OCS_2007_R2, Properties.API, "UC_AJAX_API")
                .element("c1", COMMUNICATOR_CLIENT, OCS_2007_R2).element("a1", ADMIN_TOOLS, OCS_2007_R2)
                .assertSilent("ocs-r2-uc-ajax-needs-cwa2007");
        new Fixture().element("app", APPLICATION, OCS_2007_R2, Properties.API, "UC_AJAX_API")
                .element("e1", EDGE_SERVER, OCS_2007_R2).assertFires("ocs-r2-uc-ajax-needs-cwa2007", on("app"));
    }

    private static Fixture communicatorHomedOn(ProductVersion pool) {
        return new Fixture().element("c1", COMMUNICATOR_CLIENT, OCS_2007_R2)
                .element("p1", STANDARD_EDITION_SERVER, pool).link("l1", HOMED_ON, "c1", "p1");
    }

    @Test
    void rule13CommunicatorR2HomedOnLegacyPools() {
        communicatorHomedOn(OCS_2007).assertFires("communicator-r2-homed-on-legacy-pool", on("l1"));
        communicatorHomedOn(LCS_2005_SP1).assertFires("communicator-r2-homed-on-legacy-pool", on("l1"));
    }

    @Test
    void rule13SilentOnAnR2Pool() {
        communicatorHomedOn(OCS_2007_R2).assertSilent("communicator-r2-homed-on-legacy-pool");
    }
}
