package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * Rule pack 2, migration paths to Lync Server 2010 (rules 42 to 45) and side-by-side migration on one computer
 * (46), including that rules 45 and 46 follow edits live.
 */
class RulePack2MigrationTest {
    private static final String RULE_42 = "lync2010-migration-from-lcs2005";
    private static final String RULE_43 = "lync2010-in-place-upgrade";
    private static final String RULE_44 = "lync2010-cross-forest-migration";
    private static final String RULE_45 = "lync2010-migration-from-ocs2007-and-r2";
    private static final String RULE_46 = "migration-on-the-same-computer";

    private static Fixture move(ProductVersion from, LinkKind kind) {
        return new Fixture().element("old", FRONT_END_POOL, from).element("new", FRONT_END_POOL, LYNC_2010)
                .link("l1", kind, "old", "new");
    }

    @Test
    void rule42MigrationFromLcs2005() {
        move(LCS_2005_SP1, MIGRATES_TO).assertFires(RULE_42, on("l1"));
    }

    @Test
    void rule42SilentFromOcs() {
        move(OCS_2007, MIGRATES_TO).assertSilent(RULE_42);
        move(OCS_2007_R2, MIGRATES_TO).assertSilent(RULE_42);
    }

    @Test
    void rule43InPlaceUpgradeToLync2010() {
        move(OCS_2007_R2, UPGRADES_IN_PLACE).assertFires(RULE_43, on("l1"));
    }

    @Test
    void rule43SilentForSideBySide() {
        move(OCS_2007_R2, MIGRATES_TO).assertSilent(RULE_43);
    }

    @Test
    void rule44MigrationAcrossForests() {
        new Fixture().element("old", FRONT_END_POOL, OCS_2007_R2).forest("f2").element("new", EDGE_SERVER, LYNC_2010)
                .link("l1", MIGRATES_TO, "old", "new").assertFires(RULE_44, on("l1"));
    }

    @Test
    void rule44SilentInOneForestOrTowardsAnotherVersion() {
        move(OCS_2007_R2, MIGRATES_TO).assertSilent(RULE_44);
        new Fixture().element("old", FRONT_END_POOL, LYNC_2010).forest("f2").element("new", FRONT_END_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "old", "new").assertSilent(RULE_44);
    }

    /** f1 runs OCS 2007 and OCS 2007 R2 and migrates its R2 pool to Lync Server 2010 in f2. */
    private static Fixture bothOcsVersions() {
        return new Fixture().element("p07", FRONT_END_POOL, OCS_2007).element("r2", FRONT_END_POOL, OCS_2007_R2)
                .element("admin", ADMIN_TOOLS, OCS_2007_R2).forest("f2").element("new", FRONT_END_POOL, LYNC_2010)
                .link("l1", MIGRATES_TO, "r2", "new");
    }

    @Test
    void rule45MigrationFromAForestRunningBothOcsVersions() {
        bothOcsVersions().assertFires(RULE_45, on("f1"));
        new Fixture().element("p07", STANDARD_EDITION_SERVER, OCS_2007).element("med", MEDIATION_SERVER, OCS_2007_R2)
                .element("new", FRONT_END_POOL, LYNC_2010).link("l1", MIGRATES_TO, "p07", "new")
                .assertFires(RULE_45, on("f1"));
    }

    @Test
    void rule45SilentWithOneOcsVersionOrNoMigrationToLync2010() {
        new Fixture().element("r2", FRONT_END_POOL, OCS_2007_R2).element("users", COMMUNICATOR_CLIENT, OCS_2007)
                .element("tools", ADMIN_TOOLS, OCS_2007).element("new", FRONT_END_POOL, LYNC_2010)
                .link("l1", MIGRATES_TO, "r2", "new").assertSilent(RULE_45);
        Fixture toLync2013 = bothOcsVersions();
        toLync2013.topology.replaceElement(toLync2013.topology.element("new").withVersion(LYNC_2013));
        toLync2013.assertSilent(RULE_45);
        bothOcsVersions().link("l2", MIGRATES_TO, "new", "p07").assertFires(RULE_45, on("f1"));
    }

    @Test
    void rule45CountsAnInPlaceUpgradeAsOneDeployment() {
        Fixture f = bothOcsVersions().element("p07-after", FRONT_END_POOL, OCS_2007_R2)
                .link("l2", UPGRADES_IN_PLACE, "p07", "p07-after");
        f.assertSilent(RULE_45);
        List<String> whileTheUpgradeIsNotDeployed = new ArrayList<>();
        Fixture.ENGINE.validate(f.topology.without(List.of("p07-after")))
                .forEach(finding -> whileTheUpgradeIsNotDeployed.add(finding.rule() + " " + finding.subjects()));
        assertTrue(whileTheUpgradeIsNotDeployed.contains(RULE_45 + " [f1]"), whileTheUpgradeIsNotDeployed::toString);
    }

    @Test
    void rule45FollowsTheMigrationLinkAndItsTargetLive() {
        Fixture f = bothOcsVersions();
        f.topology.removeLink("l1");
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), rules(live.findingsFor("f1")));
            f.topology.addLink(new Link("l1", MIGRATES_TO, "r2", "new"));
            assertEquals(List.of(RULE_45), rules(live.findingsFor("f1")));
            f.topology.replaceElement(f.topology.element("new").withVersion(LYNC_2013));
            assertEquals(List.of(), rules(live.findingsFor("f1")));
            f.topology.replaceElement(f.topology.element("new").withVersion(LYNC_2010));
            assertEquals(List.of(RULE_45), rules(live.findingsFor("f1")));
            f.topology.replaceLink(f.topology.link("l1").withKind(ROUTES_TO));
            assertEquals(List.of(), rules(live.findingsFor("f1")));
            assertEquals(new HashSet<>(Fixture.ENGINE.validate(f.topology)), new HashSet<>(live.findings()));
        }
    }

    private static Fixture sameComputer(String sourceHost, String targetHost) {
        return new Fixture().element("old", FRONT_END_POOL, OCS_2007_R2, Properties.HOST, sourceHost)
                .element("new", FRONT_END_POOL, LYNC_2013, Properties.HOST, targetHost)
                .link("l1", MIGRATES_TO, "old", "new");
    }

    @Test
    void rule46MigrationOnTheSameComputer() {
        sameComputer("fe01", "FE01").assertFires(RULE_46, on("l1"));
        sameComputer("fe01.contoso.com", " fe01.contoso.com").assertFires(RULE_46, on("l1"));
        sameComputer("fe01", "FE01.contoso.com").assertFires(RULE_46, on("l1"));
    }

    @Test
    void rule46SilentOnOtherComputersOrOutsideCommunications() {
        sameComputer("fe01", "fe02").assertSilent(RULE_46);
        sameComputer("fe01.contoso.com", "fe01.fabrikam.com").assertSilent(RULE_46);
        new Fixture().element("old", FRONT_END_POOL, OCS_2007_R2, Properties.HOST, "fe01").forest("f2")
                .element("new", FRONT_END_POOL, LYNC_2013, Properties.HOST, "fe01.contoso.com")
                .link("l1", MIGRATES_TO, "old", "new").assertSilent(RULE_46);
        sameComputer("fe01", null).assertSilent(RULE_46);
        new Fixture().element("ex", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "mail01")
                .element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "mail01")
                .link("l1", MIGRATES_TO, "ex", "mbx").assertSilent(RULE_46);
        Fixture itself = sameComputer("fe01", "fe01");
        itself.topology.replaceLink(itself.topology.link("l1").withEndpoints("old", "old"));
        assertEquals(List.of(), itself.findings(RULE_46), "a link to itself is a link-kind error, not a migration");
        Fixture routed = sameComputer("fe01", "fe01");
        routed.topology.replaceLink(routed.topology.link("l1").withKind(ROUTES_TO));
        routed.assertSilent(RULE_46);
    }

    @Test
    void rule46FollowsAHostEditLive() {
        Fixture f = sameComputer("fe01", "fe02");
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), rules(live.findingsFor("l1")));
            f.topology.replaceElement(f.topology.element("new").withProperty(Properties.HOST, "fe01"));
            assertEquals(List.of(RULE_46), rules(live.findingsFor("l1")));
            f.topology.replaceElement(f.topology.element("old").withProperty(Properties.HOST, "fe03"));
            assertEquals(List.of(), rules(live.findingsFor("l1")));
        }
    }

    private static List<String> rules(List<Finding> findings) {
        List<String> result = new ArrayList<>();
        findings.forEach(f -> result.add(f.rule()));
        return result;
    }
}
