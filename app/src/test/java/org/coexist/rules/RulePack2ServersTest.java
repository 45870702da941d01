package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/**
 * Rules 48 to 51 and 58 of pack 2 (administrative tools, federation, chat migration and collocation, pool
 * members), each firing with its exact subjects and silent on its close variant.
 */
class RulePack2ServersTest {
    private static final String TOOLS = "lync2010-tools-manage-newer";
    private static final String TOOLS_2019 = "older-tools-manage-sfb2019";
    private static final String FEDERATION = "edge-federation-single-pool";
    private static final String CHAT_MIGRATION = "group-chat-migrates-to-one-pool";
    private static final String COLLOCATION = "persistent-chat-collocated-with-front-end";
    private static final String SKYPE_MEMBER = "sfb-pool-member-version";
    private static final String ARCHIVING_MEMBER = "archiving-member-version";
    private static final String MEMBER_INFERRED = "pool-member-version-inferred";

    private static Fixture manages(ProductVersion tools, ElementType type, ProductVersion target) {
        return new Fixture().element("a1", ADMIN_TOOLS, tools).element("t1", type, target)
                .link("l1", MANAGES, "a1", "t1");
    }

    @Test
    void rule48Lync2010ToolsOnLync2013() {
        Fixture f = manages(LYNC_2010, FRONT_END_POOL, LYNC_2013);
        f.assertFires(TOOLS, on("l1"));
        assertEquals(Severity.ERROR, f.findings(TOOLS).get(0).severity());
        assertEquals("Administrative Tools a1 (Lync 2010) cannot manage Front End Pool t1 (Lync 2013): Lync Server 2013"
                + " resources need the Lync Server 2013 tools", f.findings(TOOLS).get(0).message());
        assertEquals("L13-admin", f.findings(TOOLS).get(0).source().document().id());
        f.assertSilent(TOOLS_2019);
    }

    @Test
    void rule48ToolsOlderThan2019OnSkype2019CiteTheSkype2019Guide() {
        Fixture f = manages(SFB_2015, EDGE_SERVER, SFB_2019);
        f.assertFires(TOOLS_2019, on("l1"));
        assertEquals("SFB19-admin", f.findings(TOOLS_2019).get(0).source().document().id());
        f.assertSilent(TOOLS);
        manages(LYNC_2010, MEDIATION_SERVER, SFB_2019).assertFires(TOOLS_2019, on("l1"));
    }

    @Test
    void rule48SilentWhenNewerToolsManageOlderElements() {
        for (Fixture f : List.of(manages(LYNC_2013, FRONT_END_POOL, LYNC_2010),
                manages(SFB_2019, FRONT_END_POOL, LYNC_2013), manages(LYNC_2013, FRONT_END_POOL, LYNC_2013),
                manages(OCS_2007_R2, FRONT_END_POOL, LYNC_2013), manages(SFB_2019, EDGE_SERVER, SFB_2019))) {
            f.assertSilent(TOOLS);
            f.assertSilent(TOOLS_2019);
        }
    }

    private static Fixture edges(boolean secondFederates) {
        return new Fixture().element("e1", EDGE_SERVER, LYNC_2013, Properties.FEDERATION_ENABLED, true)
                .element("e2", EDGE_SERVER, LYNC_2010, Properties.FEDERATION_ENABLED, secondFederates)
                .element("e3", EDGE_SERVER, LYNC_2013).forest("f2")
                .element("e4", EDGE_SERVER, LYNC_2013, Properties.FEDERATION_ENABLED, true);
    }

    @Test
    void rule49TwoFederatingEdgesInOneForest() {
        Fixture f = edges(true);
        f.assertFires(FEDERATION, on("e1", "e2"));
        assertEquals("Forest f1.example.com has federation enabled on 2 Edge Servers: federation can be enabled for a"
                + " single Edge pool only, so choose one as the federating Edge pool", f.findings(FEDERATION).get(0)
                .message());
    }

    @Test
    void rule49SilentWithOneFederatingEdgePerForest() {
        edges(false).assertSilent(FEDERATION);
    }

    @Test
    void rule49SkipsTheTwoDrawingsOfAnEdgeUpgradedInPlace() {
        Fixture f = edges(true).link("u1", UPGRADES_IN_PLACE, "e2", "e1");
        f.assertSilent(FEDERATION);
        f.forest("f1").element("e5", EDGE_SERVER, LYNC_2013, Properties.FEDERATION_ENABLED, true)
                .assertFires(FEDERATION, on("e1", "e2", "e5"));
    }

    private static Fixture chatMigration(ElementType secondTarget) {
        return new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).element("pc1", PERSISTENT_CHAT_POOL, LYNC_2013)
                .element("pc2", secondTarget, LYNC_2013).link("l1", MIGRATES_TO, "gc", "pc1")
                .link("l2", MIGRATES_TO, "gc", "pc2");
    }

    @Test
    void rule50GroupChatMigratingToTwoPersistentChatPools() {
        Fixture f = chatMigration(PERSISTENT_CHAT_POOL);
        f.assertFires(CHAT_MIGRATION, on("l1", "l2"));
        assertEquals("Group Chat Pool gc (Lync 2010) migrates to 2 Persistent Chat pools: a Group Chat pool migrates"
                + " to a single Persistent Chat Server pool", f.findings(CHAT_MIGRATION).get(0).message());
    }

    @Test
    void rule50SilentWithOnePersistentChatPool() {
        chatMigration(FRONT_END_POOL).assertSilent(CHAT_MIGRATION);
        new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).element("pc1", PERSISTENT_CHAT_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "gc", "pc1").link("l2", MIGRATES_TO, "gc", "pc1")
                .assertSilent(CHAT_MIGRATION);
    }

    private static Fixture chatOnHostOf(ElementType pool) {
        return new Fixture().element("pc", PERSISTENT_CHAT_POOL, LYNC_2013, Properties.HOST, "lync01")
                .element("p1", pool, LYNC_2013, Properties.HOST, " LYNC01").element("p2", FRONT_END_POOL, LYNC_2013,
                        Properties.HOST, "lync02");
    }

    @Test
    void rule51PersistentChatOnTheComputerOfAFrontEndPool() {
        Fixture f = chatOnHostOf(FRONT_END_POOL);
        f.assertFires(COLLOCATION, on("pc", "p1"));
        assertEquals("L13-collocation", f.findings(COLLOCATION).get(0).source().document().id());
    }

    @Test
    void rule51SilentOnAStandardEditionServer() {
        chatOnHostOf(STANDARD_EDITION_SERVER).assertSilent(COLLOCATION);
    }

    /** A pool and, inside it, a member of that type and version. */
    private static Fixture member(ProductVersion poolVersion, ElementType type, ProductVersion memberVersion) {
        Fixture f = new Fixture().element("pool", FRONT_END_POOL, poolVersion);
        f.topology.addElement(new Element("m1", type, memberVersion, "m1", "f1", "pool", 20, 40, 0, 0, Map.of(),
                Map.of()));
        return f;
    }

    @Test
    void rule58MemberOfASkypeForBusinessPoolOfAnotherVersion() {
        Fixture f = member(SFB_2015, MEDIATION_SERVER, LYNC_2013);
        f.assertFires(SKYPE_MEMBER, on("m1"));
        f.assertSilent(ARCHIVING_MEMBER);
        f.assertSilent(MEMBER_INFERRED);
        assertEquals("Mediation Server m1 (Lync 2013) is a member of Front End Pool pool (SfB 2015), of another"
                + " version: Skype for Business Server does not support a partly upgraded pool",
                f.findings(SKYPE_MEMBER).get(0).message());
        assertEquals("SFB15-upgrade", f.findings(SKYPE_MEMBER).get(0).source().document().id());
        Fixture archiving = member(SFB_2015, ARCHIVING_SERVER, LYNC_2013);
        archiving.assertFires(SKYPE_MEMBER, on("m1"));
        archiving.assertSilent(ARCHIVING_MEMBER);
    }

    @Test
    void rule58ArchivingMemberOfAnotherVersion() {
        Fixture f = member(OCS_2007_R2, ARCHIVING_SERVER, OCS_2007);
        f.assertFires(ARCHIVING_MEMBER, on("m1"));
        assertEquals("seed-000", f.findings(ARCHIVING_MEMBER).get(0).source().document().id());
        f.assertSilent(SKYPE_MEMBER);
        f.assertSilent(MEMBER_INFERRED);
    }

    @Test
    void rule58OtherMembersOfAnotherVersionWarn() {
        Fixture f = member(OCS_2007_R2, MONITORING_SERVER, OCS_2007);
        f.assertFires(MEMBER_INFERRED, on("m1"));
        f.assertSilent(SKYPE_MEMBER);
        f.assertSilent(ARCHIVING_MEMBER);
        assertEquals(Severity.WARNING, f.findings(MEMBER_INFERRED).get(0).severity());
    }

    @Test
    void rule58SilentForMatchingMembersAndSqlInstances() {
        for (Fixture f : List.of(member(SFB_2019, MEDIATION_SERVER, SFB_2019), member(SFB_2015, SQL_INSTANCE, SQL_2014),
                member(LYNC_2010, ARCHIVING_SERVER, LYNC_2010))) {
            f.assertSilent(SKYPE_MEMBER);
            f.assertSilent(ARCHIVING_MEMBER);
            f.assertSilent(MEMBER_INFERRED);
        }
    }

    @Test
    void rule58FollowsThePoolsVersionLive() {
        // A Lync Server 2010 Archiving Server: a Lync Server 2013 one is a finding of its own (rule 34).
        Fixture f = member(LYNC_2010, ARCHIVING_SERVER, LYNC_2010);
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), live.findingsFor("m1"));
            f.topology.replaceElement(f.topology.element("pool").withVersion(OCS_2007_R2));
            assertEquals(List.of(ARCHIVING_MEMBER), rules(live.findingsFor("m1")));
            f.topology.replaceElement(f.topology.element("pool").withName("renamed"));
            assertEquals(List.of("Archiving Server m1 (Lync 2010) is a member of Front End Pool renamed (OCS 2007 R2),"
                    + " of another version: an Archiving Server cannot interoperate with components of another version"),
                    live.findingsFor("m1").stream().map(Finding::message).toList());
            f.topology.replaceElement(f.topology.element("pool").withVersion(SFB_2015));
            assertEquals(List.of(SKYPE_MEMBER), rules(live.findingsFor("m1")));
            f.topology.replaceElement(f.topology.element("pool").withVersion(LYNC_2010));
            assertEquals(List.of(), live.findingsFor("m1"));
        }
    }

    @Test
    void rule49FollowsAnUpgradeLinkLive() {
        Fixture f = edges(true);
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(FEDERATION), rules(live.findingsFor("e1")));
            f.topology.addLink(new Link("u1", UPGRADES_IN_PLACE, "e2", "e1"));
            assertEquals(List.of(), live.findingsFor("e1"));
            f.topology.removeLink("u1");
            assertEquals(List.of(FEDERATION), rules(live.findingsFor("e1")));
        }
    }

    static List<String> rules(java.util.Collection<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
