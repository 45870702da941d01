package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coexist.model.Properties;
import org.junit.jupiter.api.Test;

/** Rules 69 and 70 (rule pack 3: Exchange 2010 to 2019). */
class RulePack3ExchangeTest {

    @Test
    void rule69Exchange2019BesideExchange2010OrOlderPointsAtTheOlderServers() {
        Fixture forest = new Fixture().element("mbx19", MAILBOX_SERVER, EXCHANGE_2019)
                .element("mbx10", MAILBOX_SERVER, EXCHANGE_2010).element("hub07", HUB_TRANSPORT_SERVER, EXCHANGE_2007)
                .element("mbx13", MAILBOX_SERVER, EXCHANGE_2013).element("emc10", ADMIN_TOOLS, EXCHANGE_2010);
        forest.assertFires("exchange2019-with-2010-or-older", on("mbx10", "hub07"));
        assertEquals("Forest f1.example.com holds Exchange 2019 beside Mailbox Server mbx10 (Exchange 2010): "
                + "Exchange 2019 cannot coexist with Exchange 2010 or older (2 servers)",
                forest.findings("exchange2019-with-2010-or-older").get(0).message());
    }

    @Test
    void rule69EachNewerVersionCitesItsOwnTable() {
        new Fixture().element("n", EDGE_TRANSPORT_SERVER, EXCHANGE_2016).element("o", MAILBOX_SERVER, EXCHANGE_2007)
                .assertFires("exchange2016-with-2007-or-older", on("o"));
        new Fixture().element("n", CLIENT_ACCESS_SERVER, EXCHANGE_2013).element("o", EXCHANGE_SERVER, EXCHANGE_2003)
                .assertFires("exchange2013-with-2003-or-older", on("o"));
        new Fixture().element("n", MAILBOX_SERVER, EXCHANGE_2010).element("o", EXCHANGE_SERVER, EXCHANGE_2000)
                .element("o55", EXCHANGE_SERVER, EXCHANGE_5_5)
                .assertFires("exchange2010-with-2000-or-older", on("o", "o55"));
    }

    @Test
    void rule69SilentBesideTheVersionsEachCoexistsWith() {
        Fixture supported = new Fixture().element("a", MAILBOX_SERVER, EXCHANGE_2019)
                .element("b", MAILBOX_SERVER, EXCHANGE_2016).element("c", MAILBOX_SERVER, EXCHANGE_2013)
                .forest("f2").element("d", MAILBOX_SERVER, EXCHANGE_2016).element("e", HUB_TRANSPORT_SERVER,
                        EXCHANGE_2010)
                .forest("f3").element("g", MAILBOX_SERVER, EXCHANGE_2010).element("h", EXCHANGE_SERVER, EXCHANGE_2003)
                .forest("f4").element("i", MAILBOX_SERVER, EXCHANGE_2013).element("j", MAILBOX_SERVER, EXCHANGE_2007);
        for (String rule : new String[] {"exchange2019-with-2010-or-older", "exchange2016-with-2007-or-older",
            "exchange2013-with-2003-or-older", "exchange2010-with-2000-or-older"}) {
            supported.assertSilent(rule);
        }
    }

    @Test
    void rule69OldToolsAndOtherForestsDoNotCount() {
        new Fixture().element("a", MAILBOX_SERVER, EXCHANGE_2019).element("esm", ADMIN_TOOLS, EXCHANGE_2003)
                .forest("f2").element("old", EXCHANGE_SERVER, EXCHANGE_2003)
                .assertSilent("exchange2019-with-2010-or-older");
    }

    @Test
    void rule69AServerUpgradedInPlaceIsCountedAsItsTarget() {
        Fixture upgraded = new Fixture().element("a", MAILBOX_SERVER, EXCHANGE_2019)
                .element("b", MAILBOX_SERVER, EXCHANGE_2010).element("b2", MAILBOX_SERVER, EXCHANGE_2013)
                .link("up", UPGRADES_IN_PLACE, "b", "b2");
        upgraded.assertSilent("exchange2019-with-2010-or-older");
        upgraded.topology.removeLink("up");
        upgraded.assertFires("exchange2019-with-2010-or-older", on("b"));
    }

    @Test
    void rule70Exchange2016Or2019OnTheComputerOfACommunicationsServer() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2019, Properties.HOST, "mail01")
                .element("se", STANDARD_EDITION_SERVER, SFB_2019, Properties.HOST, "MAIL01 ")
                .element("edge", EDGE_TRANSPORT_SERVER, EXCHANGE_2016, Properties.HOST, "mail01")
                .assertFires("exchange2016-shares-host-with-communications", on("mbx", "se"), on("edge", "se"));
    }

    @Test
    void rule70SilentForOlderExchangeToolsOrAnotherComputer() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2013, Properties.HOST, "mail01")
                .element("se", STANDARD_EDITION_SERVER, SFB_2019, Properties.HOST, "mail01")
                .element("mbx19", MAILBOX_SERVER, EXCHANGE_2019, Properties.HOST, "mail02")
                .element("tools", ADMIN_TOOLS, SFB_2019, Properties.HOST, "mail02")
                .element("users", LYNC_CLIENT, SFB_2015, Properties.HOST, "mail02")
                .element("fe", FRONT_END_POOL, SFB_2019, Properties.HOST, "fe01")
                .assertSilent("exchange2016-shares-host-with-communications");
    }

    /** Hosts compare as everywhere (HostKeys): a bare name is the qualified name it starts, in one forest. */
    @Test
    void rule70ABareNameIsItsQualifiedNameInTheSameForestOnly() {
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2019, Properties.HOST, "MAIL01.contoso.com")
                .element("se", STANDARD_EDITION_SERVER, SFB_2019, Properties.HOST, "mail01")
                .assertFires("exchange2016-shares-host-with-communications", on("mbx", "se"));
        new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2019, Properties.HOST, "mail01.contoso.com")
                .forest("f2").element("se", STANDARD_EDITION_SERVER, SFB_2019, Properties.HOST, "mail01")
                .element("fe", FRONT_END_POOL, SFB_2019, Properties.HOST, "mail01.fabrikam.com")
                .assertSilent("exchange2016-shares-host-with-communications");
    }
}
