package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;

import org.coexist.model.Properties;
import org.junit.jupiter.api.Test;

/** Rules 14 to 19 (seeds 001 and 002: upgrading to and coexisting with Exchange 2007). */
class ExchangeRulesTest {

    @Test
    void rule14InPlaceUpgradeToExchange2007() {
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_2003).element("mbx", MAILBOX_SERVER, EXCHANGE_2007)
                .link("l1", UPGRADES_IN_PLACE, "ex1", "mbx").assertFires("exchange-in-place-upgrade-to-2007", on("l1"));
    }

    @Test
    void rule14SilentForAMove() {
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_2000).element("mbx", MAILBOX_SERVER, EXCHANGE_2007)
                .link("l1", MIGRATES_TO, "ex1", "mbx").assertSilent("exchange-in-place-upgrade-to-2007");
    }

    @Test
    void rule15Exchange55BesideExchange2007PointsAtEvery55Element() {
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_5_5).element("ex2", EXCHANGE_SERVER, EXCHANGE_5_5)
                .element("mbx", MAILBOX_SERVER, EXCHANGE_2007).assertFires("exchange55-with-2007", on("ex1", "ex2"));
    }

    @Test
    void rule15SilentAcrossForests() {
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_5_5).forest("f2")
                .element("mbx", MAILBOX_SERVER, EXCHANGE_2007).assertSilent("exchange55-with-2007");
    }

    @Test
    void rule16Exchange2007OnX86() {
        new Fixture().element("hub", HUB_TRANSPORT_SERVER, EXCHANGE_2007, Properties.ARCHITECTURE, "x86")
                .assertFires("exchange2007-x86", on("hub"));
    }

    @Test
    void rule16SilentOnX64() {
        new Fixture().element("hub", HUB_TRANSPORT_SERVER, EXCHANGE_2007, Properties.ARCHITECTURE, "x64")
                .element("ex", EXCHANGE_SERVER, EXCHANGE_2003, Properties.ARCHITECTURE, "x86")
                .assertSilent("exchange2007-x86");
    }

    @Test
    void rule17Exchange2007And2003OnOneComputer() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "ex01")
                .forest("f2").element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, " EX01")
                .assertFires("exchange2007-shares-host-with-2003", on("mbx", "ex1"));
    }

    @Test
    void rule17SilentOnSeparateComputers() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "ex02")
                .element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "ex01")
                .element("ex2", EXCHANGE_SERVER, EXCHANGE_2000, Properties.HOST, "ex02")
                .assertSilent("exchange2007-shares-host-with-2003");
    }

    private static Fixture coexistence() {
        return new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_2003).element("mbx", MAILBOX_SERVER,
                EXCHANGE_2007).element("cas", CLIENT_ACCESS_SERVER, EXCHANGE_2007);
    }

    @Test
    void rule18MixedModeIsAnErrorUnknownModeAWarning() {
        Fixture mixed = coexistence().forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "mixed");
        mixed.assertFires("exchange2007-org-mixed-mode", on("mbx", "cas"));
        mixed.assertSilent("exchange2007-org-mode-unknown");
        Fixture unknown = coexistence();
        unknown.assertFires("exchange2007-org-mode-unknown", on("mbx", "cas"));
        unknown.assertSilent("exchange2007-org-mixed-mode");
    }

    @Test
    void rule18SilentInNativeModeOrWithoutLegacyServers() {
        Fixture nativeMode = coexistence().forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "native");
        nativeMode.assertSilent("exchange2007-org-mixed-mode");
        nativeMode.assertSilent("exchange2007-org-mode-unknown");
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007).assertSilent("exchange2007-org-mode-unknown");
    }

    @Test
    void rule19ToolsAcrossTheExchange2007Line() {
        new Fixture().element("emc", ADMIN_TOOLS, EXCHANGE_2007).element("ex1", EXCHANGE_SERVER, EXCHANGE_2003)
                .link("l1", MANAGES, "emc", "ex1").assertFires("exchange-admin-tools-cross-version", on("l1"));
        new Fixture().element("esm", ADMIN_TOOLS, EXCHANGE_2003).element("mbx", MAILBOX_SERVER, EXCHANGE_2007)
                .link("l1", MANAGES, "esm", "mbx").assertFires("exchange-admin-tools-cross-version", on("l1"));
    }

    @Test
    void rule19SilentForSystemManager2003On2000() {
        new Fixture().element("esm", ADMIN_TOOLS, EXCHANGE_2003).element("ex1", EXCHANGE_SERVER, EXCHANGE_2000)
                .link("l1", MANAGES, "esm", "ex1").assertSilent("exchange-admin-tools-cross-version");
    }
}
