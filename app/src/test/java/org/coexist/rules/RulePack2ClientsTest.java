package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;

import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** Rule pack 2, clients homed on a pool of another version (rules 37 to 41). */
class RulePack2ClientsTest {
    private static final String RULE_37 = "lync2010-client-homed-on-legacy-pool";
    private static final String RULE_38 = "lync2013-client-homed-on-legacy-pool";
    private static final String RULE_39 = "lync2013-client-homed-on-lync2010";
    private static final String RULE_40 = "communicator-r2-homed-on-lync2013";
    private static final String RULE_41 = "communicator-2007-homed-on-lync2013";

    /** Users of one client homed on an Enterprise pool (l1) and on a Standard Edition server (l2) of a version. */
    private static Fixture homed(ElementType client, ProductVersion clientVersion, ProductVersion pool) {
        return new Fixture().element("users", client, clientVersion).element("p", FRONT_END_POOL, pool)
                .element("se", STANDARD_EDITION_SERVER, pool)
                .link("l1", LinkKind.HOMED_ON, "users", "p").link("l2", LinkKind.HOMED_ON, "users", "se");
    }

    @Test
    void rule37Lync2010ClientsOnPreviousServerVersions() {
        homed(LYNC_CLIENT, LYNC_2010, OCS_2007_R2).assertFires(RULE_37, on("l1"), on("l2"));
        homed(LYNC_CLIENT, LYNC_2010, LCS_2005_SP1).assertFires(RULE_37, on("l1"), on("l2"));
    }

    @Test
    void rule37SilentOnLync2010AndLater() {
        homed(LYNC_CLIENT, LYNC_2010, LYNC_2010).assertSilent(RULE_37);
        homed(LYNC_CLIENT, LYNC_2010, LYNC_2013).assertSilent(RULE_37);
        homed(LYNC_CLIENT, LYNC_2013, OCS_2007_R2).assertSilent(RULE_37);
    }

    @Test
    void rule38Lync2013ClientsOnOcs2007R2OrOlder() {
        homed(LYNC_CLIENT, LYNC_2013, OCS_2007_R2).assertFires(RULE_38, on("l1"), on("l2"));
        homed(LYNC_CLIENT, LYNC_2013, OCS_2007).assertFires(RULE_38, on("l1"), on("l2"));
    }

    @Test
    void rule38SilentOnLyncServer() {
        homed(LYNC_CLIENT, LYNC_2013, LYNC_2010).assertSilent(RULE_38);
        homed(LYNC_CLIENT, LYNC_2013, LYNC_2013).assertSilent(RULE_38);
        homed(LYNC_CLIENT, SFB_2015, OCS_2007_R2).assertSilent(RULE_38);
    }

    @Test
    void rule39Lync2013ClientsOnLync2010WarnOfConferencingLimits() {
        homed(LYNC_CLIENT, LYNC_2013, LYNC_2010).assertFires(RULE_39, on("l1"), on("l2"));
    }

    @Test
    void rule39SilentOnLync2013AndForLync2010Clients() {
        homed(LYNC_CLIENT, LYNC_2013, LYNC_2013).assertSilent(RULE_39);
        homed(LYNC_CLIENT, LYNC_2010, LYNC_2010).assertSilent(RULE_39);
    }

    @Test
    void rule40Communicator2007R2OnLync2013KeepsPresenceAndImOnly() {
        homed(COMMUNICATOR_CLIENT, OCS_2007_R2, LYNC_2013).assertFires(RULE_40, on("l1"), on("l2"));
    }

    @Test
    void rule40SilentOnLync2010AndForCommunicator2007() {
        homed(COMMUNICATOR_CLIENT, OCS_2007_R2, LYNC_2010).assertSilent(RULE_40);
        homed(COMMUNICATOR_CLIENT, OCS_2007, LYNC_2013).assertSilent(RULE_40);
    }

    @Test
    void rule41Communicator2007OnLync2013() {
        homed(COMMUNICATOR_CLIENT, OCS_2007, LYNC_2013).assertFires(RULE_41, on("l1"), on("l2"));
    }

    @Test
    void rule41SilentOnLync2010() {
        homed(COMMUNICATOR_CLIENT, OCS_2007, LYNC_2010).assertSilent(RULE_41);
        homed(COMMUNICATOR_CLIENT, OCS_2007_R2, LYNC_2013).assertSilent(RULE_41);
    }
}
