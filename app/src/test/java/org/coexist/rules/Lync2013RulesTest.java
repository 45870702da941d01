package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coexist.model.ElementType;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rules 26 to 33 (seed 004: Lync Server 2013 migration paths and coexistence). */
class Lync2013RulesTest {

    private static Fixture move(ProductVersion from, String kind) {
        return new Fixture().element("old", FRONT_END_POOL, from).element("new", FRONT_END_POOL, LYNC_2013)
                .link("l1", org.coexist.model.LinkKind.valueOf(kind), "old", "new");
    }

    @Test
    void rule26MigrationFromOcs2007OrLcs2005() {
        move(OCS_2007, "MIGRATES_TO").assertFires("lync2013-migration-from-unsupported-version", on("l1"));
        move(LCS_2005_SP1, "MIGRATES_TO").assertFires("lync2013-migration-from-unsupported-version", on("l1"));
    }

    @Test
    void rule26SilentFromR2() {
        move(OCS_2007_R2, "MIGRATES_TO").assertSilent("lync2013-migration-from-unsupported-version");
    }

    @Test
    void rule27InPlaceUpgradeToLync2013() {
        move(LYNC_2010, "UPGRADES_IN_PLACE").assertFires("lync2013-in-place-upgrade", on("l1"));
    }

    @Test
    void rule27SilentForSideBySide() {
        move(LYNC_2010, "MIGRATES_TO").assertSilent("lync2013-in-place-upgrade");
    }

    @Test
    void rule28MigrationAcrossForests() {
        new Fixture().element("old", FRONT_END_POOL, LYNC_2010).forest("f2").element("new", FRONT_END_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "old", "new").assertFires("lync2013-cross-forest-migration", on("l1"));
    }

    @Test
    void rule28SilentInOneForest() {
        move(LYNC_2010, "MIGRATES_TO").assertSilent("lync2013-cross-forest-migration");
    }

    @Test
    void rule28PersistentChatAcrossForestsCitesThePersistentChatMigrationGuide() {
        Fixture f = new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).forest("f2")
                .element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).link("l1", MIGRATES_TO, "gc", "pc");
        f.assertFires("persistent-chat-cross-forest-migration", on("l1"));
        f.assertSilent("lync2013-cross-forest-migration");
        assertEquals("L13-pchat-migration",
                f.findings("persistent-chat-cross-forest-migration").get(0).source().document().id());
    }

    @Test
    void rule28PersistentChatSilentInOneForestAndPoolsKeepTheSeedsRule() {
        new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).element("pc", PERSISTENT_CHAT_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "gc", "pc").assertSilent("persistent-chat-cross-forest-migration");
        new Fixture().element("old", FRONT_END_POOL, LYNC_2010).forest("f2").element("new", FRONT_END_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "old", "new").assertSilent("persistent-chat-cross-forest-migration");
    }

    @Test
    void rule29ThreeVersionsInOneForest() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", FRONT_END_POOL, LYNC_2010)
                .element("c", EDGE_SERVER, OCS_2007_R2).assertFires("lync2013-three-version-coexistence", on("f1"));
    }

    @Test
    void rule29SilentWithTwoVersions() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("c", EDGE_SERVER, OCS_2007_R2)
                .forest("f2").element("b", FRONT_END_POOL, LYNC_2010)
                .assertSilent("lync2013-three-version-coexistence");
    }

    @Test
    void rule29ClientsAndToolsAreNotServerElements() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", FRONT_END_POOL, LYNC_2010)
                .element("oc", COMMUNICATOR_CLIENT, OCS_2007_R2).element("tools", ADMIN_TOOLS, OCS_2007_R2)
                .element("app", APPLICATION, OCS_2007_R2).assertSilent("lync2013-three-version-coexistence");
    }

    @Test
    void rule29APoolUpgradedInPlaceIsOneDeploymentNotTwoVersions() {
        Fixture f = new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", FRONT_END_POOL, LYNC_2010)
                .element("c", EDGE_SERVER, OCS_2007_R2).link("up", UPGRADES_IN_PLACE, "b", "a");
        f.assertSilent("lync2013-three-version-coexistence");
        f.element("d", DIRECTOR, LYNC_2010).assertFires("lync2013-three-version-coexistence", on("f1"));
    }

    @Test
    void rule30Lync2013BackEndOnOldSql() {
        new Fixture().element("p", FRONT_END_POOL, LYNC_2013).element("pc", PERSISTENT_CHAT_POOL, LYNC_2013)
                .element("s1", SQL_INSTANCE, SQL_2008).element("s2", SQL_INSTANCE, SQL_2005)
                .link("l1", BACKEND_STORE, "p", "s1").link("l2", BACKEND_STORE, "pc", "s2")
                .assertFires("lync2013-backend-sql-version", on("l1"), on("l2"));
    }

    @Test
    void rule30SilentOnSql2008R2And2012() {
        new Fixture().element("p", FRONT_END_POOL, LYNC_2013).element("s1", SQL_INSTANCE, SQL_2012)
                .element("p2", FRONT_END_POOL, LYNC_2010).element("s2", SQL_INSTANCE, SQL_2005)
                .link("l1", BACKEND_STORE, "p", "s1").link("l2", BACKEND_STORE, "p2", "s2")
                .assertSilent("lync2013-backend-sql-version");
    }

    @Test
    void rule30EveryLync2013DatabaseAndSql2014AndLater() {
        new Fixture().element("arch", ARCHIVING_SERVER, LYNC_2013).element("mon", MONITORING_SERVER, LYNC_2013)
                .element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).element("s1", SQL_INSTANCE, SQL_2008)
                .element("s2", SQL_INSTANCE, SQL_2014).element("s3", SQL_INSTANCE, SQL_2019)
                .link("l1", BACKEND_STORE, "arch", "s1").link("l2", BACKEND_STORE, "mon", "s2")
                .link("l3", BACKEND_STORE, "pc", "s3")
                .assertFires("lync2013-backend-sql-version", on("l1"), on("l2"), on("l3"));
    }

    @Test
    void rule30SilentForAPersistentChatPoolOnSql2008R2OrSkypeForBusinessOnSql2014() {
        new Fixture().element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).element("s1", SQL_INSTANCE, SQL_2008_R2)
                .element("p15", FRONT_END_POOL, SFB_2015).element("s2", SQL_INSTANCE, SQL_2014)
                .link("l1", BACKEND_STORE, "pc", "s1").link("l2", BACKEND_STORE, "p15", "s2")
                .assertSilent("lync2013-backend-sql-version");
    }

    private static Fixture lync2013BackEnd(ProductVersion legacy, String legacyInstance) {
        return new Fixture().element("p1", FRONT_END_POOL, LYNC_2013).element("p2", FRONT_END_POOL, legacy)
                .element("s1", SQL_INSTANCE, SQL_2012, Properties.HOST, "sql01")
                .element("s2", SQL_INSTANCE, SQL_2008, Properties.HOST, "sql01")
                .element("s3", SQL_INSTANCE, SQL_2008, Properties.HOST, "sql03")
                .link("l1", BACKEND_STORE, "p1", "s1").link("l2", BACKEND_STORE, "p2", legacyInstance);
    }

    @Test
    void rule31Lync2013AndLync2010OnOneInstance() {
        Fixture f = lync2013BackEnd(LYNC_2010, "s1");
        f.assertFires("lync2013-shared-user-store-instance", on("l1", "l2"));
        f.assertSilent("lync2013-backend-separate-computer");
    }

    @Test
    void rule31SilentOnSeparateInstances() {
        lync2013BackEnd(OCS_2007_R2, "s3").assertSilent("lync2013-shared-user-store-instance");
        lync2013BackEnd(OCS_2007, "s1").assertSilent("lync2013-shared-user-store-instance");
    }

    @Test
    void rule31SilentForAPoolAndItsInPlaceUpgrade() {
        lync2013BackEnd(LYNC_2010, "s1").link("up", UPGRADES_IN_PLACE, "p2", "p1")
                .assertSilent("lync2013-shared-user-store-instance");
    }

    @Test
    void rule32LegacyBackEndOnTheSameComputerOrAnOlderPoolOnTheSameInstance() {
        Fixture otherInstance = lync2013BackEnd(OCS_2007_R2, "s2");
        otherInstance.assertFires("lync2013-backend-separate-computer", on("l1"));
        otherInstance.assertSilent("lync2013-shared-user-store-instance");
        lync2013BackEnd(OCS_2007, "s1").assertFires("lync2013-backend-separate-computer", on("l1"));
    }

    @Test
    void rule32SilentOnSeparateComputers() {
        lync2013BackEnd(LYNC_2010, "s3").assertSilent("lync2013-backend-separate-computer");
    }

    /** A Lync 2013 element's back end on sql01.contoso.com; an older element's back end on the given host. */
    private static Fixture lync2013DatabaseBeside(ElementType modern, ElementType legacy, ProductVersion version,
                                                  String host) {
        return new Fixture().element("m", modern, LYNC_2013).element("o", legacy, version)
                .element("s1", SQL_INSTANCE, SQL_2012, Properties.HOST, "sql01.contoso.com")
                .element("s2", SQL_INSTANCE, SQL_2008, Properties.HOST, host)
                .link("l1", BACKEND_STORE, "m", "s1").link("l2", BACKEND_STORE, "o", "s2");
    }

    @Test
    void rule32EveryLync2013DatabaseBesideEveryOlderCommunicationsDatabase() {
        lync2013DatabaseBeside(PERSISTENT_CHAT_POOL, GROUP_CHAT_POOL, LYNC_2010, "SQL01")
                .assertFires("lync2013-backend-separate-computer", on("l1"));
        lync2013DatabaseBeside(FRONT_END_POOL, ARCHIVING_SERVER, OCS_2007_R2, "sql01.contoso.com")
                .assertFires("lync2013-backend-separate-computer", on("l1"));
        lync2013DatabaseBeside(MONITORING_SERVER, MONITORING_SERVER, LYNC_2010, "sql01")
                .assertFires("lync2013-backend-separate-computer", on("l1"));
    }

    @Test
    void rule32SilentForAnotherComputerAnotherForestOrAnInPlaceUpgrade() {
        lync2013DatabaseBeside(PERSISTENT_CHAT_POOL, GROUP_CHAT_POOL, LYNC_2010, "sql02")
                .assertSilent("lync2013-backend-separate-computer");
        lync2013DatabaseBeside(PERSISTENT_CHAT_POOL, GROUP_CHAT_POOL, LYNC_2010, "sql01.fabrikam.com")
                .assertSilent("lync2013-backend-separate-computer");
        lync2013DatabaseBeside(FRONT_END_POOL, FRONT_END_POOL, LYNC_2010, "sql01")
                .link("up", UPGRADES_IN_PLACE, "o", "m").assertSilent("lync2013-backend-separate-computer");
        new Fixture().element("m", PERSISTENT_CHAT_POOL, LYNC_2013)
                .element("s1", SQL_INSTANCE, SQL_2012, Properties.HOST, "sql01.contoso.com")
                .forest("f2").element("o", GROUP_CHAT_POOL, LYNC_2010)
                .element("s2", SQL_INSTANCE, SQL_2008, Properties.HOST, "sql01")
                .link("l1", BACKEND_STORE, "m", "s1").link("l2", BACKEND_STORE, "o", "s2")
                .assertSilent("lync2013-backend-separate-computer");
    }

    @Test
    void rule32TheSameInstanceCountsWhereRule31DoesNotApply() {
        new Fixture().element("m", FRONT_END_POOL, LYNC_2013).element("o", ARCHIVING_SERVER, LYNC_2010)
                .element("s1", SQL_INSTANCE, SQL_2012).link("l1", BACKEND_STORE, "m", "s1")
                .link("l2", BACKEND_STORE, "o", "s1").assertFires("lync2013-backend-separate-computer", on("l1"));
    }

    @Test
    void rule33MixedVersionRoutingEitherWay() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", FRONT_END_POOL, LYNC_2010)
                .link("l1", ROUTES_TO, "a", "b").link("l2", ROUTES_TO, "b", "a")
                .assertFires("lync2013-mixed-version-routing", on("l1"), on("l2"));
    }

    @Test
    void rule33SilentForALync2013PoolUsingLegacyMediationEdgeOrDirector() {
        for (ElementType legacy : new ElementType[]{MEDIATION_SERVER, EDGE_SERVER, DIRECTOR}) {
            new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", legacy, OCS_2007_R2)
                    .element("c", STANDARD_EDITION_SERVER, LYNC_2013).element("d", legacy, LYNC_2010)
                    .link("l1", ROUTES_TO, "a", "b").link("l2", ROUTES_TO, "c", "d")
                    .assertSilent("lync2013-mixed-version-routing");
        }
    }

    /** The other direction (a legacy pool towards a Lync 2013 Mediation Server) is rule 36's; these stay here. */
    @Test
    void rule33StillWarnsOnTheCloseVariantsOfTheMigrationRoutes() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", EDGE_SERVER, LYNC_2010)
                .element("dir", DIRECTOR, LYNC_2013).link("l1", ROUTES_TO, "b", "a").link("l2", ROUTES_TO, "dir", "b")
                .assertFires("lync2013-mixed-version-routing", on("l1"), on("l2"));
    }

    @Test
    void rule33SilentBetweenLync2013Servers() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", EDGE_SERVER, LYNC_2013)
                .link("l1", ROUTES_TO, "b", "a").assertSilent("lync2013-mixed-version-routing");
    }
}
