package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;

import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rules 20 to 25 (seed 003: Persistent Chat coexistence, and Persistent Chat in SfB Server 2015). */
class ChatRulesTest {

    @Test
    void rule20ChatPoolHomedOnAnotherVersion() {
        new Fixture().element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).element("p1", FRONT_END_POOL, LYNC_2010)
                .link("l1", HOMED_ON, "pc", "p1").assertFires("chat-pool-homed-on-other-version", on("l1"));
    }

    @Test
    void rule20And21SilentWhenHomedOnItsOwnVersion() {
        Fixture f = new Fixture().element("gc", GROUP_CHAT_POOL, OCS_2007_R2)
                .element("p1", STANDARD_EDITION_SERVER, OCS_2007_R2).link("l1", HOMED_ON, "gc", "p1");
        f.assertSilent("chat-pool-homed-on-other-version");
        f.assertSilent("chat-pool-not-homed");
    }

    @Test
    void rule20PersistentChat2015OnSkypeForBusinessServer2015Only() {
        new Fixture().element("pc", PERSISTENT_CHAT_POOL, SFB_2015).element("p1", FRONT_END_POOL, SFB_2015)
                .link("l1", HOMED_ON, "pc", "p1").assertSilent("chat-pool-homed-on-other-version");
        new Fixture().element("pc", PERSISTENT_CHAT_POOL, SFB_2015).element("p1", STANDARD_EDITION_SERVER, LYNC_2013)
                .link("l1", HOMED_ON, "pc", "p1").assertFires("chat-pool-homed-on-other-version", on("l1"));
    }

    @Test
    void rule21ChatPoolHomedNowhere() {
        new Fixture().element("gc", GROUP_CHAT_POOL, LYNC_2010).element("p1", FRONT_END_POOL, LYNC_2010)
                .link("l1", ROUTES_TO, "gc", "p1").assertFires("chat-pool-not-homed", on("gc"));
    }

    @Test
    void rule22GroupChatClientOnTwoPools() {
        new Fixture().element("c1", GROUP_CHAT_CLIENT, LYNC_2010).element("gc1", GROUP_CHAT_POOL, LYNC_2010)
                .element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).element("p1", FRONT_END_POOL, LYNC_2010)
                .link("l1", CONNECTS_TO, "c1", "gc1").link("l2", CONNECTS_TO, "c1", "pc")
                .link("l3", CONNECTS_TO, "c1", "p1")
                .assertFires("group-chat-client-one-pool", on("l1", "l2"));
    }

    @Test
    void rule22SilentOnOnePool() {
        new Fixture().element("c1", GROUP_CHAT_CLIENT, LYNC_2010).element("gc1", GROUP_CHAT_POOL, LYNC_2010)
                .element("p1", FRONT_END_POOL, LYNC_2010).link("l1", CONNECTS_TO, "c1", "gc1")
                .link("l2", CONNECTS_TO, "c1", "p1").assertSilent("group-chat-client-one-pool");
    }

    @Test
    void rule23Lync2013ClientOnLegacyGroupChat() {
        new Fixture().element("c1", LYNC_CLIENT, LYNC_2013).element("gc", GROUP_CHAT_POOL, LYNC_2010)
                .link("l1", CONNECTS_TO, "c1", "gc").assertFires("lync2013-client-legacy-group-chat", on("l1"));
    }

    @Test
    void rule23SilentForTheLync2010Client() {
        new Fixture().element("c1", LYNC_CLIENT, LYNC_2010).element("gc", GROUP_CHAT_POOL, LYNC_2010)
                .link("l1", CONNECTS_TO, "c1", "gc").assertSilent("lync2013-client-legacy-group-chat");
    }

    private static Fixture persistentChatUsers(ProductVersion home, Boolean enabled) {
        Fixture f = new Fixture().element("c1", LYNC_CLIENT, LYNC_2013).element("p1", FRONT_END_POOL, home)
                .element("pc", PERSISTENT_CHAT_POOL, LYNC_2013).link("l1", HOMED_ON, "c1", "p1")
                .link("l2", CONNECTS_TO, "c1", "pc");
        return enabled == null ? f : f.set("c1", Properties.PERSISTENT_CHAT_ENABLED, enabled);
    }

    @Test
    void rule24NotHomedOnLync2013IsAnError() {
        Fixture f = persistentChatUsers(LYNC_2010, true);
        f.assertFires("persistent-chat-client-not-homed-on-lync2013", on("l2"));
        f.assertSilent("persistent-chat-client-not-enabled");
    }

    @Test
    void rule24HomedButNotEnabledIsAWarningAbsentCountsAsNotEnabled() {
        persistentChatUsers(LYNC_2013, false).assertFires("persistent-chat-client-not-enabled", on("l2"));
        Fixture absent = persistentChatUsers(LYNC_2013, null);
        absent.assertFires("persistent-chat-client-not-enabled", on("l2"));
        absent.assertSilent("persistent-chat-client-not-homed-on-lync2013");
    }

    @Test
    void rule24SilentWhenHomedAndEnabled() {
        Fixture f = persistentChatUsers(LYNC_2013, true);
        f.assertSilent("persistent-chat-client-not-enabled");
        f.assertSilent("persistent-chat-client-not-homed-on-lync2013");
    }

    @Test
    void rule24SkypeForBusinessServer2015HomesPersistentChatUsersToo() {
        Fixture f = persistentChatUsers(SFB_2015, true);
        f.assertSilent("persistent-chat-client-not-homed-on-lync2013");
        f.assertSilent("persistent-chat-client-not-enabled");
        persistentChatUsers(SFB_2015, false).assertFires("persistent-chat-client-not-enabled", on("l2"));
        persistentChatUsers(SFB_2019, true).assertFires("persistent-chat-client-not-homed-on-lync2013", on("l2"));
    }

    @Test
    void rule25ChatPoolsOfDifferentVersionsLinkedOtherThanByMigration() {
        new Fixture().element("gc1", GROUP_CHAT_POOL, OCS_2007_R2).element("gc2", GROUP_CHAT_POOL, LYNC_2010)
                .link("l1", ROUTES_TO, "gc1", "gc2").assertFires("chat-pools-do-not-interact", on("l1"));
    }

    @Test
    void rule25SilentForAMigration() {
        new Fixture().element("gc1", GROUP_CHAT_POOL, LYNC_2010).element("pc", PERSISTENT_CHAT_POOL, LYNC_2013)
                .link("l1", MIGRATES_TO, "gc1", "pc").assertSilent("chat-pools-do-not-interact");
    }

    @Test
    void rule25SilentForAnInPlaceUpgradeAndTheLinksOfItsPair() {
        new Fixture().element("pc13", PERSISTENT_CHAT_POOL, LYNC_2013).element("pc15", PERSISTENT_CHAT_POOL, SFB_2015)
                .link("l1", UPGRADES_IN_PLACE, "pc13", "pc15").assertSilent("chat-pools-do-not-interact");
        Fixture pair = new Fixture().element("pc13", PERSISTENT_CHAT_POOL, LYNC_2013)
                .element("pc15", PERSISTENT_CHAT_POOL, SFB_2015).link("l1", ROUTES_TO, "pc15", "pc13");
        pair.assertFires("chat-pools-do-not-interact", on("l1"));
        pair.link("l2", UPGRADES_IN_PLACE, "pc13", "pc15").assertSilent("chat-pools-do-not-interact");
    }
}
