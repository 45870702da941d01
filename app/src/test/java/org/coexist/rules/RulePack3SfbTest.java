package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rules 61 to 68 and 71 (rule pack 3: Skype for Business Server 2015 and 2019). */
class RulePack3SfbTest {

    private static Fixture link(ProductVersion from, LinkKind kind, ProductVersion to) {
        return new Fixture().element("old", FRONT_END_POOL, from).element("new", FRONT_END_POOL, to)
                .link("l1", kind, "old", "new");
    }

    @Test
    void rule61InPlaceUpgradeToSfb2019() {
        link(SFB_2015, UPGRADES_IN_PLACE, SFB_2019).assertFires("sfb2019-in-place-upgrade", on("l1"));
        link(LYNC_2013, UPGRADES_IN_PLACE, SFB_2019).assertFires("sfb2019-in-place-upgrade", on("l1"));
    }

    @Test
    void rule61SilentForSideBySideAndForSfb2015() {
        link(SFB_2015, MIGRATES_TO, SFB_2019).assertSilent("sfb2019-in-place-upgrade");
        link(LYNC_2013, UPGRADES_IN_PLACE, SFB_2015).assertSilent("sfb2019-in-place-upgrade");
    }

    @Test
    void rule62InPlaceUpgradeToSfb2015FromAnythingButLync2013() {
        link(LYNC_2010, UPGRADES_IN_PLACE, SFB_2015)
                .assertFires("sfb2015-in-place-upgrade-not-from-lync2013", on("l1"));
        link(OCS_2007_R2, UPGRADES_IN_PLACE, SFB_2015)
                .assertFires("sfb2015-in-place-upgrade-not-from-lync2013", on("l1"));
    }

    @Test
    void rule62SilentFromLync2013() {
        link(LYNC_2013, UPGRADES_IN_PLACE, SFB_2015).assertSilent("sfb2015-in-place-upgrade-not-from-lync2013");
        link(LYNC_2010, MIGRATES_TO, SFB_2015).assertSilent("sfb2015-in-place-upgrade-not-from-lync2013");
    }

    private static Fixture threeVersions() {
        return new Fixture().element("a", FRONT_END_POOL, SFB_2015).element("b", STANDARD_EDITION_SERVER, LYNC_2013)
                .element("c", EDGE_SERVER, LYNC_2010);
    }

    @Test
    void rule63SfbServer2015Lync2013AndLync2010InOneForest() {
        threeVersions().assertFires("sfb2015-three-version-coexistence", on("f1"));
    }

    @Test
    void rule63SilentWhenOneVersionIsOnlyClientsOrToolsOrInAnotherForest() {
        new Fixture().element("a", FRONT_END_POOL, SFB_2015).element("b", STANDARD_EDITION_SERVER, LYNC_2013)
                .element("c", LYNC_CLIENT, LYNC_2010).element("d", ADMIN_TOOLS, LYNC_2010)
                .forest("f2").element("e", EDGE_SERVER, LYNC_2010)
                .assertSilent("sfb2015-three-version-coexistence");
    }

    @Test
    void rule63AnInPlaceUpgradeIsOneDeploymentCountedAsItsTarget() {
        Fixture upgraded = threeVersions().element("b15", STANDARD_EDITION_SERVER, SFB_2015)
                .link("up", UPGRADES_IN_PLACE, "b", "b15");
        upgraded.assertSilent("sfb2015-three-version-coexistence");
        upgraded.topology.removeLink("up");
        upgraded.assertFires("sfb2015-three-version-coexistence", on("f1"));
    }

    @Test
    void rule64MigrationToSfb2019FromAnythingButLync2013OrSfb2015() {
        link(LYNC_2010, MIGRATES_TO, SFB_2019).assertFires("sfb2019-migration-from-unsupported-version", on("l1"));
        link(OCS_2007_R2, MIGRATES_TO, SFB_2019).assertFires("sfb2019-migration-from-unsupported-version", on("l1"));
    }

    @Test
    void rule64SilentFromLync2013AndSfb2015() {
        link(LYNC_2013, MIGRATES_TO, SFB_2019).assertSilent("sfb2019-migration-from-unsupported-version");
        link(SFB_2015, MIGRATES_TO, SFB_2019).assertSilent("sfb2019-migration-from-unsupported-version");
    }

    /**
     * Rule 64 is about the system migrated away from, the legacy one (Lync Server 2013 or Skype for Business
     * Server 2015 per its source): moving from one Skype for Business Server 2019 pool to another migrates away
     * from no legacy system, so it is no migration from an unsupported version.
     */
    @Test
    void rule64SilentBetweenSfb2019Pools() {
        link(SFB_2019, MIGRATES_TO, SFB_2019).assertSilent("sfb2019-migration-from-unsupported-version");
    }

    @Test
    void rule64Sfb2019BesideLync2010OrOlderServersInAForest() {
        new Fixture().element("a", FRONT_END_POOL, SFB_2019).element("b", MEDIATION_SERVER, OCS_2007_R2)
                .assertFires("sfb2019-with-lync2010-or-older", on("f1"));
        new Fixture().element("a", DIRECTOR, SFB_2019).element("b", FRONT_END_POOL, LYNC_2010)
                .assertFires("sfb2019-with-lync2010-or-older", on("f1"));
    }

    @Test
    void rule64SilentBesideLync2013OrOnlyOldClients() {
        new Fixture().element("a", FRONT_END_POOL, SFB_2019).element("b", FRONT_END_POOL, LYNC_2013)
                .element("c", LYNC_CLIENT, LYNC_2010).element("d", EDGE_SERVER, SFB_2015)
                .forest("f2").element("e", FRONT_END_POOL, LYNC_2010)
                .assertSilent("sfb2019-with-lync2010-or-older");
    }

    @Test
    void rule65MigrationToSfb2015FromOcs2007R2OrOlder() {
        link(OCS_2007_R2, MIGRATES_TO, SFB_2015)
                .assertFires("sfb2015-migration-from-ocs2007r2-or-older", on("l1"));
        link(OCS_2007, MIGRATES_TO, SFB_2015).assertFires("sfb2015-migration-from-ocs2007r2-or-older", on("l1"));
    }

    @Test
    void rule65SilentFromLync2010() {
        link(LYNC_2010, MIGRATES_TO, SFB_2015).assertSilent("sfb2015-migration-from-ocs2007r2-or-older");
        link(OCS_2007_R2, MIGRATES_TO, LYNC_2013).assertSilent("sfb2015-migration-from-ocs2007r2-or-older");
    }

    private static Fixture backEnd(ProductVersion pool, ProductVersion sql) {
        return new Fixture().element("p", FRONT_END_POOL, pool).element("s", SQL_INSTANCE, sql)
                .link("l1", BACKEND_STORE, "p", "s");
    }

    @Test
    void rule66SfbServer2015NeedsSql2012AndSfbServer2019Sql2016() {
        backEnd(SFB_2015, SQL_2008_R2).assertFires("sfb2015-backend-sql-version", on("l1"));
        backEnd(SFB_2019, SQL_2014).assertFires("sfb2019-backend-sql-version", on("l1"));
        new Fixture().element("pc", PERSISTENT_CHAT_POOL, SFB_2015).element("s", SQL_INSTANCE, SQL_2008)
                .link("l2", BACKEND_STORE, "pc", "s").assertFires("sfb2015-backend-sql-version", on("l2"));
    }

    @Test
    void rule66SilentOnTheListedVersions() {
        backEnd(SFB_2015, SQL_2012).assertSilent("sfb2015-backend-sql-version");
        backEnd(SFB_2015, SQL_2012).assertSilent("sfb2019-backend-sql-version");
        backEnd(SFB_2019, SQL_2016).assertSilent("sfb2019-backend-sql-version");
        backEnd(LYNC_2013, SQL_2008_R2).assertSilent("sfb2015-backend-sql-version");
    }

    private static Fixture twoPoolsOnOneInstance(ProductVersion first, ProductVersion second) {
        return new Fixture().element("p1", FRONT_END_POOL, first).element("p2", FRONT_END_POOL, second)
                .element("s", SQL_INSTANCE, SQL_2016).element("s2", SQL_INSTANCE, SQL_2016)
                .link("l1", BACKEND_STORE, "p1", "s").link("l2", BACKEND_STORE, "p2", "s");
    }

    @Test
    void rule67TwoPoolsOneOfThemSfbOnOneSqlInstanceOneFindingPerPair() {
        twoPoolsOnOneInstance(SFB_2019, LYNC_2013).assertFires("sfb-pools-share-sql-backend", on("l1", "l2"));
        Fixture three = twoPoolsOnOneInstance(LYNC_2013, SFB_2015).element("p3", FRONT_END_POOL, SFB_2015)
                .link("l3", BACKEND_STORE, "p3", "s");
        three.assertFires("sfb-pools-share-sql-backend", on("l1", "l2"), on("l1", "l3"), on("l2", "l3"));
        assertEquals(1, three.findings("sfb-pools-share-sql-backend").stream()
                .filter(f -> f.subjects().contains("l1") && f.subjects().contains("l2")).count(), "once per pair");
    }

    @Test
    void rule67SilentOnSeparateInstancesWithoutSfbOrForAnInPlaceUpgrade() {
        Fixture separate = twoPoolsOnOneInstance(SFB_2019, SFB_2019);
        separate.topology.replaceLink(separate.topology.link("l2").withEndpoints("p2", "s2"));
        separate.assertSilent("sfb-pools-share-sql-backend");
        twoPoolsOnOneInstance(LYNC_2013, LYNC_2013).assertSilent("sfb-pools-share-sql-backend");
        Fixture upgraded = twoPoolsOnOneInstance(LYNC_2013, SFB_2015).link("up", UPGRADES_IN_PLACE, "p1", "p2");
        upgraded.assertSilent("sfb-pools-share-sql-backend");
    }

    @Test
    void rule68Lync2010ClientHomedOnSfb2019() {
        new Fixture().element("u", LYNC_CLIENT, LYNC_2010).element("p", STANDARD_EDITION_SERVER, SFB_2019)
                .link("l1", HOMED_ON, "u", "p").assertFires("lync2010-client-homed-on-sfb2019", on("l1"));
    }

    @Test
    void rule68SilentForLync2013ClientsOrOnSfb2015() {
        new Fixture().element("u", LYNC_CLIENT, LYNC_2013).element("p", FRONT_END_POOL, SFB_2019)
                .element("u10", LYNC_CLIENT, LYNC_2010).element("p15", FRONT_END_POOL, SFB_2015)
                .link("l1", HOMED_ON, "u", "p").link("l2", HOMED_ON, "u10", "p15")
                .assertSilent("lync2010-client-homed-on-sfb2019");
    }

    @Test
    void rule71Sfb2015EdgeRoutesToAnOlderPoolOrDirectorEitherWay() {
        new Fixture().element("e", EDGE_SERVER, SFB_2015).element("p", FRONT_END_POOL, LYNC_2013)
                .element("d", DIRECTOR, LYNC_2010)
                .link("l1", ROUTES_TO, "e", "p").link("l2", ROUTES_TO, "d", "e")
                .assertFires("sfb2015-edge-before-pools", on("l1"), on("l2"));
    }

    @Test
    void rule71SilentTowardsSfb2015PoolsOrOlderEdges() {
        new Fixture().element("e", EDGE_SERVER, SFB_2015).element("p", FRONT_END_POOL, SFB_2015)
                .element("e13", EDGE_SERVER, LYNC_2013).element("p13", FRONT_END_POOL, LYNC_2013)
                .link("l1", ROUTES_TO, "e", "p").link("l2", ROUTES_TO, "e13", "p13")
                .assertSilent("sfb2015-edge-before-pools");
    }
}
