package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.coexist.model.Link;
import org.coexist.model.Properties;
import org.junit.jupiter.api.Test;

/** Live validation follows edits, reports only what changed, and agrees with a full validation. */
class LiveValidationTest {
    private static final String RULE_8 = "ocs2007-mediation-qoe-needs-r2-pool";

    @Test
    void rule8FlipsLiveWithTheR2PoolsQoeLink() {
        Fixture f = OcsR2RulesTest.mediationToR2Monitoring();
        List<FindingsDelta> deltas = new ArrayList<>();
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            live.addListener(deltas::add);
            assertEquals(List.of(RULE_8), rules(live.findingsFor("l1")));
            assertEquals(Severity.ERROR, live.worstSeverity("l1"));

            f.topology.addLink(new Link("l2", REPORTS_QOE_TO, "p1", "m1"));
            assertEquals(List.of(), live.findingsFor("l1"));
            assertNull(live.worstSeverity("l1"));
            assertEquals(1, deltas.size());
            assertEquals(List.of(RULE_8), rules(deltas.get(0).removed()));
            assertEquals(List.of(), deltas.get(0).added());

            f.topology.removeLink("l2");
            assertEquals(List.of(RULE_8), rules(live.findingsFor("l1")));
            assertEquals(2, deltas.size());
            assertEquals(List.of(RULE_8), rules(deltas.get(1).added()));
        }
    }

    @Test
    void rule8FlipsWhenTheReportingPoolIsReversioned() {
        Fixture f = OcsR2RulesTest.mediationToR2Monitoring().link("l2", REPORTS_QOE_TO, "p1", "m1");
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), live.findingsFor("l1"));
            f.topology.replaceElement(f.topology.element("p1").withVersion(OCS_2007));
            assertEquals(List.of(RULE_8), rules(live.findingsFor("l1")));
        }
    }

    @Test
    void reversioningAPoolRevalidatesItsSharedBackEndInstance() {
        Fixture f = new Fixture().element("p1", FRONT_END_POOL, OCS_2007_R2).element("p2", FRONT_END_POOL, OCS_2007_R2)
                .element("s1", SQL_INSTANCE, SQL_2005).link("l1", BACKEND_STORE, "p1", "s1")
                .link("l2", BACKEND_STORE, "p2", "s1");
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), rules(live.findings()));
            f.topology.replaceElement(f.topology.element("p2").withVersion(OCS_2007));
            assertEquals(List.of("ocs-r2-shared-backend-instance"), rules(live.findingsFor("l2")));
            f.topology.replaceElement(f.topology.element("s1").withProperty(Properties.HOST, "sql01"));
            assertEquals(List.of("ocs-r2-shared-backend-instance"), rules(live.findingsFor("l2")));
            f.topology.replaceElement(f.topology.element("p1").withVersion(OCS_2007));
            assertEquals(List.of(), rules(live.findings()));
        }
    }

    @Test
    void anInPlaceUpgradeLinkRecountsItsSourcesForestLive() {
        String rule29 = "lync2013-three-version-coexistence";
        Fixture f = new Fixture().element("a", FRONT_END_POOL, LYNC_2013).element("c", EDGE_SERVER, OCS_2007_R2)
                .element("d", DIRECTOR, LYNC_2010).forest("f2").element("x", DIRECTOR, LYNC_2013);
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(rule29), rules(live.findingsFor("f1")));
            f.topology.addLink(new Link("up", UPGRADES_IN_PLACE, "d", "a"));
            assertEquals(List.of(), rules(live.findingsFor("f1")));
            f.topology.removeLink("up");
            assertEquals(List.of(rule29), rules(live.findingsFor("f1")));
            // Drawn upgraded to a director of another forest, then that director goes away.
            f.topology.addLink(new Link("up2", UPGRADES_IN_PLACE, "d", "x"));
            assertEquals(List.of(), rules(live.findingsFor("f1")));
            f.topology.batch(() -> {
                f.topology.removeLink("up2");
                f.topology.removeElement("x");
            });
            assertEquals(List.of(rule29), rules(live.findingsFor("f1")));
            assertEquals(new HashSet<>(Fixture.ENGINE.validate(f.topology)), new HashSet<>(live.findings()));
        }
    }

    @Test
    void aHostWrittenAsItsQualifiedNameIsStillTheSameComputerLive() {
        Fixture f = new Fixture().element("mbx", MAILBOX_SERVER, EXCHANGE_2007, Properties.HOST, "ex01")
                .element("cas", org.coexist.model.ElementType.CLIENT_ACCESS_SERVER, EXCHANGE_2007, Properties.HOST,
                        "ex03")
                .element("ex1", EXCHANGE_SERVER, EXCHANGE_2003, Properties.HOST, "ex02")
                .forestProperty("f1", Properties.EXCHANGE_ORGANIZATION_MODE, "native").forest("f2");
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            assertEquals(List.of(), rules(live.findings()));
            f.topology.replaceElement(f.topology.element("ex1").withProperty(Properties.HOST, "EX01.contoso.com"));
            assertEquals(List.of("exchange2007-shares-host-with-2003"), rules(live.findingsFor("mbx")));
            f.topology.replaceElement(f.topology.element("ex1").withPlacement("f2", null));
            assertEquals(List.of(), rules(live.findings()));
        }
    }

    @Test
    void anEditThatChangesNoVerdictPublishesNothing() {
        Fixture f = OcsR2RulesTest.mediationToR2Monitoring();
        List<FindingsDelta> deltas = new ArrayList<>();
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            live.addListener(deltas::add);
            f.topology.replaceElement(f.topology.element("med").withPosition(300, 200));
            f.topology.setName("renamed");
            assertEquals(List.of(), deltas);
            assertEquals(1, live.count(Severity.ERROR));
            assertEquals(0, live.count(Severity.WARNING));
        }
    }

    @Test
    void aBatchSettlesOnceWithTheNetDelta() {
        Fixture f = new Fixture().element("pc", PERSISTENT_CHAT_POOL, LYNC_2013)
                .element("p1", FRONT_END_POOL, LYNC_2013);
        List<FindingsDelta> deltas = new ArrayList<>();
        try (LiveValidation live = Fixture.ENGINE.attach(f.topology)) {
            live.addListener(deltas::add);
            assertEquals(List.of("chat-pool-not-homed"), rules(live.findings()));
            f.topology.batch(() -> {
                f.topology.addLink(new Link("l1", HOMED_ON, "pc", "p1"));
                f.topology.replaceElement(f.topology.element("p1").withProperty(Properties.HOST, "lync01"));
                f.topology.replaceElement(f.topology.element("p1").withVersion(LYNC_2010));
            });
            assertEquals(1, deltas.size());
            assertEquals(List.of("chat-pool-not-homed"), rules(deltas.get(0).removed()));
            assertEquals(List.of("chat-pool-homed-on-other-version"), rules(deltas.get(0).added()));
            assertEquals(new HashSet<>(Fixture.ENGINE.validate(f.topology)), new HashSet<>(live.findings()));
        }
    }

    @Test
    void closingStopsFollowingTheTopology() {
        Fixture f = OcsR2RulesTest.mediationToR2Monitoring();
        LiveValidation live = Fixture.ENGINE.attach(f.topology);
        live.close();
        f.topology.addLink(new Link("l2", REPORTS_QOE_TO, "p1", "m1"));
        assertTrue(live.findings().stream().anyMatch(x -> x.rule().equals(RULE_8)));
    }

    private static List<String> rules(java.util.Collection<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }
}
