package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;

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

    @Test
    void rule33MixedVersionRoutingEitherWay() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", EDGE_SERVER, LYNC_2010)
                .link("l1", ROUTES_TO, "a", "b").link("l2", ROUTES_TO, "b", "a")
                .assertFires("lync2013-mixed-version-routing", on("l1"), on("l2"));
    }

    @Test
    void rule33SilentBetweenLync2013Servers() {
        new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("b", EDGE_SERVER, LYNC_2013)
                .link("l1", ROUTES_TO, "b", "a").assertSilent("lync2013-mixed-version-routing");
    }
}
