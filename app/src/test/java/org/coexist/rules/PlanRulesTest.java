package org.coexist.rules;

import static org.coexist.model.ElementType.*;
import static org.coexist.model.LinkKind.*;
import static org.coexist.model.ProductVersion.*;
import static org.coexist.rules.Fixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Lifecycle;
import org.coexist.model.Phase;
import org.coexist.model.PhaseProjection;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/** Rule 72, the plan rule: Group Chat is migrated last. */
class PlanRulesTest {
    private static final String RULE = "group-chat-retired-before-legacy";

    /**
     * A Lync 2010 pool with its Group Chat pool, a Lync 2013 pool; phase 1 has everything, phase 2 ("Move users")
     * retires the Group Chat pool while the Lync 2010 pool stays, phase 3 retires the Lync 2010 pool too.
     */
    private static Fixture groupChatRetiredTooEarly() {
        Fixture f = new Fixture().element("pool10", FRONT_END_POOL, LYNC_2010).element("gc", GROUP_CHAT_POOL, LYNC_2010)
                .element("pool13", FRONT_END_POOL, LYNC_2013).element("pc", PERSISTENT_CHAT_POOL, LYNC_2013)
                .link("home", HOMED_ON, "gc", "pool10").link("pchome", HOMED_ON, "pc", "pool13");
        f.topology.addPhase(new Phase("ph1", "Coexistence", "", List.of()));
        f.topology.addPhase(new Phase("ph2", "Move users", "", List.of("gc")));
        f.topology.addPhase(new Phase("ph3", "Decommission", "", List.of("gc", "pool10")));
        return f;
    }

    @Test
    void firesOnTheGroupChatPoolAndNamesThePhaseItIsRetiredIn() {
        Fixture f = groupChatRetiredTooEarly();
        f.assertFires(RULE, on("gc"));
        Finding finding = f.findings(RULE).get(0);
        assertEquals("ph2", finding.phase());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("Group Chat Pool gc (Lync 2010) is retired in phase 2 \u201cMove users\u201d while Front End Pool "
                + "pool10 (Lync 2010) is still deployed: migrate Group Chat last, after every other Lync Server 2010 "
                + "or OCS 2007 R2 component", finding.message());
        assertTrue(finding.source().cite().contains("migrate it last"), finding.source().cite());
    }

    @Test
    void silentWhenGroupChatGoesWithOrAfterTheLastLegacyServer() {
        Fixture f = groupChatRetiredTooEarly();
        f.topology.replacePhase(f.topology.phase("ph2").withHidden(List.of()));
        f.assertSilent(RULE);
        // Only clients, tools and chat pools of the old versions left: they do not hold Group Chat back.
        f.topology.replacePhase(f.topology.phase("ph2").withHidden(List.of("gc", "pool10")));
        f.element("users", LYNC_CLIENT, LYNC_2010).element("tools", ADMIN_TOOLS, LYNC_2010)
                .element("gc2", GROUP_CHAT_POOL, OCS_2007_R2);
        f.topology.replacePhase(f.topology.phase("ph3").withHidden(List.of("gc", "pool10", "gc2")));
        f.assertSilent(RULE);
    }

    @Test
    void silentWhenGroupChatIsNeverRetiredOrNeverDeployed() {
        Fixture f = groupChatRetiredTooEarly();
        f.topology.replacePhase(f.topology.phase("ph3").withHidden(List.of("pool10")));
        f.assertSilent(RULE);
        for (Phase phase : List.copyOf(f.topology.phases())) {
            f.topology.replacePhase(phase.withHidden(List.of("gc")));
        }
        f.assertSilent(RULE);
    }

    @Test
    void aHiddenForestHidesWhatItHolds() {
        Fixture f = groupChatRetiredTooEarly();
        f.forest("f2").element("r2", EDGE_SERVER, OCS_2007_R2);
        f.topology.replacePhase(f.topology.phase("ph2").withHidden(List.of("gc", "pool10", "f2")));
        f.assertSilent(RULE);
        f.topology.replacePhase(f.topology.phase("ph2").withHidden(List.of("gc", "pool10")));
        f.assertFires(RULE, on("gc"));
    }

    @Test
    void aPhasesViewHoldsNoPlanSoPlanRulesFindNothingThere() {
        Topology topology = groupChatRetiredTooEarly().topology;
        for (Phase phase : topology.phases()) {
            Topology state = topology.without(phase.hidden());
            assertTrue(state.phases().isEmpty(), "a state has no phases");
            assertFalse(Fixture.ENGINE.validate(state).stream().anyMatch(Finding::isAboutPlan), phase.id());
        }
        assertEquals(topology.phases(), topology.copy().phases(), "a copy keeps the plan");
        Finding stateFinding = new Fixture().element("u", LYNC_CLIENT, LYNC_2013).element("s", SQL_INSTANCE, SQL_2012)
                .link("bad", HOMED_ON, "u", "s").findings("link-kind-endpoints").get(0);
        assertNull(stateFinding.phase(), "a finding about one state names no phase");
    }

    @Test
    void liveValidationFollowsEditsOfTheHiddenListsPhasesAndLifecycles() {
        Topology topology = groupChatRetiredTooEarly().topology;
        try (LiveValidation live = Fixture.ENGINE.attach(topology);
             PhaseProjection projection = new PhaseProjection(topology, "ph2");
             LiveValidation phase = Fixture.ENGINE.attach(projection.topology())) {
            List<FindingsDelta> deltas = new ArrayList<>();
            live.addListener(deltas::add);
            assertEquals(List.of("gc"), planSubjects(live));
            assertEquals(List.of(), planSubjects(phase), "the phase's own view reports no plan finding");

            topology.replacePhase(topology.phase("ph2").withHidden(List.of()));
            assertEquals(List.of(), planSubjects(live), "Group Chat stays until phase 3 now");
            assertEquals(RULE, deltas.get(0).removed().get(0).rule());

            topology.batch(() -> new Lifecycle(0, 1, false).applyTo(topology.phases(), "gc")
                    .forEach(topology::replacePhase));
            assertEquals(List.of("gc"), planSubjects(live), "retired in phase 2 again, through its lifecycle");
            assertEquals("ph2", live.findingsFor("gc").get(0).phase());

            Phase decommission = topology.phase("ph3");
            topology.removePhase("ph3");
            topology.addPhase(decommission, 1);
            assertEquals(List.of(), planSubjects(live), "decommissioned first: Group Chat goes with pool10");
            topology.removePhase("ph3");
            topology.addPhase(decommission);
            assertEquals(List.of("gc"), planSubjects(live), "moved back last");

            topology.removePhase("ph2");
            topology.removePhase("ph1");
            assertEquals(List.of(), planSubjects(live), "retired in the first phase: never deployed");
            topology.removePhase("ph3");
            assertEquals(List.of(), planSubjects(live));
            assertEquals(Fixture.ENGINE.validate(topology), List.copyOf(live.findings()));
        }
    }

    @Test
    void liveValidationFollowsTheElementsThePlanLooksAt() {
        Topology topology = groupChatRetiredTooEarly().topology;
        try (LiveValidation live = Fixture.ENGINE.attach(topology)) {
            topology.replaceElement(topology.element("pool10").withVersion(LYNC_2013));
            assertEquals(List.of(), planSubjects(live), "no Lync 2010 server left beside it");
            topology.replaceElement(topology.element("pool10").withVersion(OCS_2007_R2));
            assertEquals(List.of("gc"), planSubjects(live), "an OCS 2007 R2 pool holds it back as well");
        }
    }

    private static List<String> planSubjects(LiveValidation live) {
        List<String> subjects = new ArrayList<>();
        live.findings().stream().filter(f -> f.rule().equals(RULE)).forEach(f -> subjects.addAll(f.subjects()));
        return subjects;
    }
}
