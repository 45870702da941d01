package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coexist.model.Properties;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rules 14 to 19 (seeds 001 and 002: upgrading to and coexisting with Exchange 2007; EX10 for Exchange 2010). */
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
    void rule15AdministrativeToolsNeitherCountNorAreSubjects() {
        new Fixture().element("esm", ADMIN_TOOLS, EXCHANGE_5_5).element("mbx", MAILBOX_SERVER, EXCHANGE_2007)
                .assertSilent("exchange55-with-2007");
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_5_5).element("emc", ADMIN_TOOLS, EXCHANGE_2007)
                .assertSilent("exchange55-with-2007");
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_5_5).element("esm", ADMIN_TOOLS, EXCHANGE_5_5)
                .element("mbx", MAILBOX_SERVER, EXCHANGE_2007).assertFires("exchange55-with-2007", on("ex1"));
    }

    @Test
    void rule15AServerUpgradedInPlaceNoLongerCounts() {
        Fixture f = new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_5_5)
                .element("ex2", EXCHANGE_SERVER, EXCHANGE_2003).element("mbx", MAILBOX_SERVER, EXCHANGE_2007);
        f.assertFires("exchange55-with-2007", on("ex1"));
        f.link("up", UPGRADES_IN_PLACE, "ex1", "ex2").assertSilent("exchange55-with-2007");
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
    void rule16SilentOnThe32BitManagementTools() {
        new Fixture().element("emc", ADMIN_TOOLS, EXCHANGE_2007, Properties.ARCHITECTURE, "x86")
                .element("emc10", ADMIN_TOOLS, EXCHANGE_2010, Properties.ARCHITECTURE, "x86")
                .assertSilent("exchange2007-x86");
        new Fixture().element("emc10", ADMIN_TOOLS, EXCHANGE_2010, Properties.ARCHITECTURE, "x86")
                .assertSilent("exchange2010-x86");
    }

    @Test
    void rule16Exchange2010OnX86CitesTheExchange2010Document() {
        Fixture f = new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2010, Properties.ARCHITECTURE, "x86");
        f.assertFires("exchange2010-x86", on("mbx"));
        f.assertSilent("exchange2007-x86");
        assertEquals("EX10", f.findings("exchange2010-x86").get(0).source().document().id());
        assertEquals("Mailbox Server mbx (Exchange 2010) runs on x86: Exchange 2010 requires 64-bit hardware in"
                + " production", f.findings("exchange2010-x86").get(0).message());
    }

    @Test
    void rule16SilentForExchange2013OnX86() {
        Fixture f = new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2013, Properties.ARCHITECTURE, "x86");
        f.assertSilent("exchange2010-x86");
        f.assertSilent("exchange2007-x86");
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

    @Test
    void rule17ABareNameMatchesItsQualifiedNameInTheSameForestOnly() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "EX01.contoso.com")
                .element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "ex01")
                .assertFires("exchange2007-shares-host-with-2003", on("mbx", "ex1"));
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "ex01.contoso.com")
                .forest("f2").element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "ex01")
                .assertSilent("exchange2007-shares-host-with-2003");
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "ex01.contoso.com")
                .element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "ex01.fabrikam.com")
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
    void rule18ManagementToolsAreNotSubjects() {
        coexistence().element("emc", ADMIN_TOOLS, EXCHANGE_2007)
                .forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "mixed")
                .assertFires("exchange2007-org-mixed-mode", on("mbx", "cas"));
        new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_2003).element("emc", ADMIN_TOOLS, EXCHANGE_2007)
                .assertSilent("exchange2007-org-mode-unknown");
    }

    @Test
    void rule18ALegacyServerUpgradedInPlaceNoLongerKeepsTheOrganizationMixed() {
        Fixture f = new Fixture().element("ex1", EXCHANGE_SERVER, EXCHANGE_2000)
                .element("ex2", EXCHANGE_SERVER, EXCHANGE_2003).element("mbx", MAILBOX_SERVER, EXCHANGE_2007)
                .forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "mixed");
        f.link("up1", UPGRADES_IN_PLACE, "ex1", "ex2").assertFires("exchange2007-org-mixed-mode", on("mbx"));
        f.link("up2", UPGRADES_IN_PLACE, "ex2", "mbx").assertSilent("exchange2007-org-mixed-mode");
    }

    private static Fixture exchange2010Beside(ProductVersion legacy) {
        return new Fixture().element("ex1", EXCHANGE_SERVER, legacy).element("mbx", MAILBOX_SERVER, EXCHANGE_2010)
                .element("emc", ADMIN_TOOLS, EXCHANGE_2010);
    }

    @Test
    void rule18Exchange2010BesideExchange2003NeedsNativeModeToo() {
        Fixture mixed = exchange2010Beside(EXCHANGE_2003)
                .forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "mixed");
        mixed.assertFires("exchange2010-org-mixed-mode", on("mbx"));
        mixed.assertSilent("exchange2010-org-mode-unknown");
        mixed.assertSilent("exchange2007-org-mixed-mode");
        assertEquals("EX10", mixed.findings("exchange2010-org-mixed-mode").get(0).source().document().id());
        Fixture unknown = exchange2010Beside(EXCHANGE_2003);
        unknown.assertFires("exchange2010-org-mode-unknown", on("mbx"));
        unknown.assertSilent("exchange2010-org-mixed-mode");
    }

    @Test
    void rule18Exchange2010SilentInNativeModeOrBesideExchange2000Only() {
        exchange2010Beside(EXCHANGE_2003).forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "native")
                .assertSilent("exchange2010-org-mixed-mode");
        Fixture beside2000 = exchange2010Beside(EXCHANGE_2000)
                .forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "mixed");
        beside2000.assertSilent("exchange2010-org-mixed-mode");
        beside2000.assertSilent("exchange2010-org-mode-unknown");
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
