package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled samples load, are laid out sensibly, and validate to exactly what their answer keys say. The migration
 * samples find nothing, or the deliberate mixed-version routing warning while OCS 2007 R2 and Lync Server 2013
 * coexist; "what not to do" breaks every rule once, one family of rules per phase.
 */
class SamplesTest {
    private static final String ROUTE_WARNING = "lync2013-mixed-version-routing [r2-coexistence-route]";
    private static final String WHAT_NOT_TO_DO = "what-not-to-do.coexist.json";
    private static final String PLAN_MISTAKE = "group-chat-retired-before-legacy [w-gc-retired-early]";
    private static final String SFB_2019 = "lync2013-to-sfb2019.coexist.json";
    private static final String EXCHANGE_2016 = "exchange2010-to-2016.coexist.json";
    /** Samples drawn on the designer's grid (the first three predate it). */
    private static final Set<String> ON_THE_GRID = Set.of("lcs2005-to-ocs2007r2-outside-in.coexist.json",
            WHAT_NOT_TO_DO, SFB_2019, EXCHANGE_2016);

    /** Numbers as the notes spell them, "one" at index 1. */
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** Expected findings ("rule [subjects]") of each phase, in the engine's order; "" is the whole design. */
    private static final Map<String, Map<String, List<String>>> EXPECTED = Map.of(
            "ocs2007r2-to-lync2013.coexist.json", phases("", List.of(ROUTE_WARNING), "r2-ph1", List.of(),
                    "r2-ph2", List.of(ROUTE_WARNING), "r2-ph3", List.of(ROUTE_WARNING),
                    "r2-ph4", List.of(ROUTE_WARNING), "r2-ph5", List.of()),
            "exchange2003-to-2007.coexist.json", phases("", List.of(), "ex-ph1", List.of(), "ex-ph2", List.of(),
                    "ex-ph3", List.of(), "ex-ph4", List.of()),
            "groupchat-to-persistentchat.coexist.json", phases("", List.of(), "gc-ph1", List.of(),
                    "gc-ph2", List.of(), "gc-ph3", List.of(), "gc-ph4", List.of()),
            "lcs2005-to-ocs2007r2-outside-in.coexist.json", phases("", List.of(), "oi-ph1", List.of(),
                    "oi-ph2", List.of(), "oi-ph3", List.of(), "oi-ph4", List.of(), "oi-ph5", List.of()),
            SFB_2019, phases("", List.of(), "wg-ph1", List.of(), "wg-ph2", List.of(), "wg-ph3", List.of(),
                    "wg-ph4", List.of()),
            EXCHANGE_2016, phases("", List.of(), "nw-ph1", List.of(), "nw-ph2", List.of(), "nw-ph3", List.of(),
                    "nw-ph4", List.of()),
            WHAT_NOT_TO_DO, whatNotToDo());

    private static Map<String, List<String>> whatNotToDo() {
        Map<String, List<String>> phases = phases(
                "w-ph1", List.of(
                        "link-kind-endpoints [w-l-sql-homed-on-users]",
                        "ocs-r2-shared-backend-instance [w-l-r2-shared, w-l-07-shared]",
                        "ocs-r2-collocated-backend [w-l-r2-same-box]",
                        "lync2013-backend-sql-version [w-l-13-old-sql]",
                        "lync2013-shared-user-store-instance [w-l-13-user-store, w-l-10-user-store]",
                        "lync2013-backend-separate-computer [w-l-13-beside-legacy]",
                        "lync2010-backend-sql-version [w-l-10-user-store]",
                        "ocs-r2-backend-sql-version [w-l-r2-sql2008r2]",
                        "ocs2007-backend-sql-version [w-l-07-sql2008]"),
                "w-ph2", List.of(
                        "ocs-r2-admin-tools-manage-ocs2007 [w-l-r2-tools-07]",
                        "communications-admin-tools-version [w-l-07-tools-r2]",
                        "ocs-r2-archiving-version [w-l-r2-archives-07]",
                        "ocs-r2-qoe-to-ocs2007-monitoring [w-l-medr2-qoe-mon07]",
                        "ocs2007-pool-qoe-to-r2-monitoring [w-l-pool07-qoe-monr2]",
                        "ocs2007-mediation-qoe-needs-r2-pool [w-l-med07-qoe-monr2]",
                        "ocs-outside-voice-control [w-pool07]",
                        "ocs-r2-edge-inside-out [w-l-edger2-to-pool07]",
                        "ocs-r2-lcs2005-api-application [w-l-lcs-api-r2]",
                        "ocs-r2-uc-ajax-needs-cwa2007 [w-app-ajax]",
                        "communicator-r2-homed-on-legacy-pool [w-l-oc-r2-on-07]",
                        "legacy-archiving-monitoring-other-pool-version [w-l-r2-qoe-mon10]",
                        "ocs-pool-routes-to-newer-mediation [w-l-r2-to-med10]",
                        "admin-tools-of-two-releases-on-one-computer [w-admin-r2-box, w-admin-13-box]",
                        "lync2010-tools-manage-newer [w-l-10-tools-13]",
                        "older-tools-manage-sfb2019 [w-l-10-tools-19]",
                        "edge-federation-single-pool [w-edge-fed-a, w-edge-fed-b]",
                        "archiving-member-version [w-arch07-member]",
                        "pool-member-version-inferred [w-mon07-member]"),
                "w-ph3", List.of(
                        "exchange-in-place-upgrade-to-2007 [w-l-in-place-2007]",
                        "exchange55-with-2007 [w-ex55]",
                        "exchange2007-x86 [w-mbx-x86]",
                        "exchange2010-x86 [w-mbx10-x86]",
                        "exchange2007-shares-host-with-2003 [w-mbx-x86, w-ex2003]",
                        "exchange2007-org-mixed-mode [w-mbx-x86, w-hub]",
                        "exchange2007-org-mode-unknown [w-cas-unknown]",
                        "exchange2010-org-mixed-mode [w-mbx10-x86]",
                        "exchange2010-org-mode-unknown [w-cas10-unknown]",
                        "exchange-admin-tools-cross-version [w-l-emc-on-2003]",
                        "exchange2007-mailbox-without-client-access [w-mbx-x86]",
                        "exchange2007-no-routing-group-connector [w-ex-routing]",
                        "exchange-edge-transport-without-hub [w-edgetx-no-hub]"),
                "w-ph5", List.of(
                        "lync2013-migration-from-unsupported-version [w-l-07-to-13]",
                        "lync2013-in-place-upgrade [w-l-10-in-place]",
                        "lync2013-cross-forest-migration [w-l-cross-forest]",
                        "lync2013-three-version-coexistence [w-lync]",
                        "lync2013-mixed-version-routing [w-l-mixed-route]",
                        "lync2013-archiving-monitoring-server [w-arch13]",
                        "lync2010-migration-from-lcs2005 [w-l-lcs-to-10]",
                        "lync2010-in-place-upgrade [w-l-r2-in-place-10]",
                        "lync2010-cross-forest-migration [w-l-cross-forest-10]",
                        "lync2010-migration-from-ocs2007-and-r2 [w-ocs-both]",
                        "migration-on-the-same-computer [w-l-same-box]",
                        "ocs-r2-edge-before-r2-pool [w-edge-r2-third]",
                        "lync2013-with-ocs2007-or-lcs [w-lync]"),
                "w-ph6", List.of(
                        "sfb-pool-member-version [w-med13-member]",
                        "sfb2019-in-place-upgrade [w-l-15-up-19]",
                        "sfb2015-in-place-upgrade-not-from-lync2013 [w-l-10-up-15]",
                        "sfb2015-three-version-coexistence [w-sfb15]",
                        "sfb2019-migration-from-unsupported-version [w-l-r2-to-19]",
                        "sfb2019-with-lync2010-or-older [w-sfb19]",
                        "sfb2015-migration-from-ocs2007r2-or-older [w-l-r2-to-15]",
                        "sfb2015-backend-sql-version [w-l-15-old-sql]",
                        "sfb2019-backend-sql-version [w-l-19-old-sql]",
                        "sfb-pools-share-sql-backend [w-l-13-shares-sfb, w-l-15-shares-sfb]",
                        "lync2010-client-homed-on-sfb2019 [w-l-lync10-on-19]",
                        "exchange2019-with-2010-or-older [w-ex2000-left, w-mbx10]",
                        "exchange2016-with-2007-or-older [w-ex2000-left]",
                        "exchange2013-with-2003-or-older [w-ex2000-left]",
                        "exchange2010-with-2000-or-older [w-ex2000-left]",
                        "exchange2016-shares-host-with-communications [w-mbx19, w-se19-on-mbx]",
                        "sfb2015-edge-before-pools [w-l-edge15-route]"),
                "w-ph4", List.of(
                        "chat-pool-homed-on-other-version [w-l-pchat-on-10]",
                        "chat-pool-not-homed [w-gc-orphan]",
                        "group-chat-client-one-pool [w-l-gc-users-1, w-l-gc-users-2]",
                        "lync2013-client-legacy-group-chat [w-l-lync13-to-gc]",
                        "persistent-chat-client-not-homed-on-lync2013 [w-l-lync10-to-pchat]",
                        "persistent-chat-client-not-enabled [w-l-off-to-pchat]",
                        "chat-pools-do-not-interact [w-l-chat-versions]",
                        "persistent-chat-cross-forest-migration [w-l-gc-cross-forest]",
                        "lync2010-client-homed-on-legacy-pool [w-l-lync10-on-r2]",
                        "lync2013-client-homed-on-legacy-pool [w-l-lync13-on-r2]",
                        "lync2013-client-homed-on-lync2010 [w-l-lync13-on-10]",
                        "communicator-r2-homed-on-lync2013 [w-l-oc-r2-on-13]",
                        "communicator-2007-homed-on-lync2013 [w-l-oc-07-on-13]",
                        "group-chat-migrates-to-one-pool [w-l-gc-split-1, w-l-gc-split-2]",
                        "persistent-chat-collocated-with-front-end [w-pchat-fe, w-pool13-pcm]"));
        // The phases split the design: the whole of it finds exactly what its phases find, each once, and the
        // plan's mistake: a Group Chat pool retired in phase 6 while Lync Server 2010 servers stay.
        List<String> all = new ArrayList<>();
        phases.values().forEach(all::addAll);
        all.add(PLAN_MISTAKE);
        Map<String, List<String>> result = new LinkedHashMap<>();
        result.put("", all);
        result.putAll(phases);
        return result;
    }

    private static Map<String, List<String>> phases(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> findings = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], findings);
        }
        return map;
    }

    private static Topology load(String name) throws IOException, TopologyFileException {
        try (InputStream in = SamplesTest.class.getResourceAsStream("/assets/samples/" + name)) {
            return new TopologyReader(Fixture.CATALOG).read(in.readAllBytes(), name);
        }
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> result = new ArrayList<>();
        findings.forEach(f -> result.add(f.rule() + " " + f.subjects()));
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs2007r2-to-lync2013.coexist.json", "exchange2003-to-2007.coexist.json",
        "groupchat-to-persistentchat.coexist.json", "lcs2005-to-ocs2007r2-outside-in.coexist.json", SFB_2019,
        EXCHANGE_2016, WHAT_NOT_TO_DO})
    void validatesToWhatItsNotesSay(String name) throws Exception {
        Topology topology = load(name);
        Map<String, List<String>> expected = EXPECTED.get(name);
        List<String> whole = describe(Fixture.ENGINE.validate(topology));
        if (name.equals(WHAT_NOT_TO_DO)) {
            assertEquals(new TreeSet<>(expected.get("")), new TreeSet<>(whole), name);
            assertEquals(expected.get("").size(), whole.size(), name + ": each mistake found once");
        } else {
            assertEquals(expected.get(""), whole, name);
        }
        List<String> phaseIds = new ArrayList<>();
        for (Phase phase : topology.phases()) {
            phaseIds.add(phase.id());
            List<Finding> findings = Fixture.ENGINE.validate(topology.without(phase.hidden()));
            assertEquals(expected.get(phase.id()), describe(findings), name + " " + phase.id());
            assertNotesExplain(phase, findings);
        }
        assertEquals(new ArrayList<>(expected.keySet()).subList(1, expected.size()), phaseIds);
        // A migration tells 3 to 5 steps; "what not to do" has one phase per family of rules.
        assertTrue(phaseIds.size() >= 3 && phaseIds.size() <= (name.equals(WHAT_NOT_TO_DO) ? 6 : 5));
    }

    /**
     * The answer key names every rule the phase breaks, and calls "warning" exactly the warnings it shows; the notes,
     * which the room reads while looking for the mistakes, name none of them.
     */
    private static void assertNotesExplain(Phase phase, List<Finding> findings) {
        Set<String> warned = new TreeSet<>();
        for (Finding finding : findings) {
            assertTrue(phase.answerKey().contains(finding.rule()), phase.id() + " answer key names " + finding.rule());
            assertFalse(phase.notes().contains(finding.rule()), phase.id() + " notes give away " + finding.rule());
            if (finding.severity() == Severity.WARNING) {
                warned.add(finding.rule());
            }
        }
        for (RuleDescriptor rule : Fixture.ENGINE.rules()) {
            assertEquals(warned.contains(rule.id()), phase.answerKey().contains("warning " + rule.id()),
                    "the answer key of " + phase.id() + " says whether it shows the warning " + rule.id());
        }
    }

    /**
     * domain.md, rule 34: in Lync Server 2013, Archiving and Monitoring are services of the pool, not server roles;
     * "The samples must not use them" ("what not to do" breaks that rule on purpose).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ocs2007r2-to-lync2013.coexist.json", "groupchat-to-persistentchat.coexist.json", SFB_2019})
    void noLync2013ArchivingOrMonitoringServer(String name) throws Exception {
        for (Element element : load(name).elements()) {
            boolean role = element.type() == ElementType.ARCHIVING_SERVER
                    || element.type() == ElementType.MONITORING_SERVER;
            assertFalse(role && element.version() == ProductVersion.LYNC_2013, name + ": " + element.id());
        }
    }

    @Test
    void whatNotToDoBreaksNearlyEveryRuleAndEachPhaseOneFamily() throws Exception {
        Topology topology = load(WHAT_NOT_TO_DO);
        Set<String> broken = new TreeSet<>();
        Fixture.ENGINE.validate(topology).forEach(f -> broken.add(f.rule()));
        Set<String> all = new TreeSet<>();
        Fixture.ENGINE.rules().forEach(r -> all.add(r.id()));
        assertEquals(all, broken, "every rule of the catalog, structural one included");
        // Plan rules look at the order of the phases: the whole design shows them, no phase's view does.
        Fixture.ENGINE.rules().stream().filter(RuleDescriptor::plan).forEach(r -> all.remove(r.id()));
        Set<String> seen = new TreeSet<>();
        for (Phase phase : topology.phases()) {
            Set<String> family = new TreeSet<>();
            List<Finding> findings = Fixture.ENGINE.validate(topology.without(phase.hidden()));
            findings.forEach(f -> family.add(f.rule()));
            // The room reads how many mistakes to look for: the number the notes give is the number found.
            assertEquals(findings.size(), mistakesAnnounced(phase.notes()), phase.id() + ": " + phase.notes());
            for (String rule : family) {
                assertTrue(seen.add(rule), rule + " shows in " + phase.id() + " and in an earlier phase");
            }
        }
        assertEquals(all, seen);
    }

    /** The first number the notes spell ("Find nine mistakes ..."), or -1. */
    private static int mistakesAnnounced(String notes) {
        for (String word : notes.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            int number = NUMBERS.indexOf(word);
            if (number > 0) {
                return number;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs2007r2-to-lync2013.coexist.json", "exchange2003-to-2007.coexist.json",
        "groupchat-to-persistentchat.coexist.json", "lcs2005-to-ocs2007r2-outside-in.coexist.json", SFB_2019,
        EXCHANGE_2016, WHAT_NOT_TO_DO})
    void forestsContainTheirElementsAndPoolsTheirMembers(String name) throws Exception {
        Topology topology = load(name);
        for (Element element : topology.elements()) {
            Forest forest = topology.forest(element.forest());
            assertTrue(forest.contains(element.x(), element.y()) && forest.contains(element.x() + width(element),
                    element.y() + height(element)), element.id() + " lies inside " + forest.id());
            if (element.parent() != null) {
                Element pool = topology.element(element.parent());
                assertTrue(element.x() >= pool.x() && element.y() >= pool.y()
                        && element.x() + 170 <= pool.x() + pool.width()
                        && element.y() + 60 <= pool.y() + pool.height(), element.id() + " lies inside its pool");
            }
            for (Element other : topology.elements()) {
                boolean nested = element.id().equals(other.parent()) || other.id().equals(element.parent());
                if (other != element && !nested) {
                    assertFalse(overlap(element.x(), element.y(), width(element), height(element), other.x(),
                            other.y(), width(other), height(other)), element.id() + " overlaps " + other.id());
                }
            }
        }
        if (ON_THE_GRID.contains(name)) {
            for (Element e : topology.elements()) {
                assertTrue(e.x() % 20 == 0 && e.y() % 20 == 0 && e.width() % 20 == 0 && e.height() % 20 == 0,
                        e.id() + " sits on the 20 px grid");
            }
            for (Forest f : topology.forests()) {
                assertTrue(f.x() % 20 == 0 && f.y() % 20 == 0 && f.width() % 20 == 0 && f.height() % 20 == 0,
                        f.id() + " sits on the 20 px grid");
            }
        }
        List<Forest> forests = new ArrayList<>(topology.forests());
        for (int i = 0; i < forests.size(); i++) {
            for (int j = i + 1; j < forests.size(); j++) {
                Forest a = forests.get(i);
                Forest b = forests.get(j);
                assertFalse(overlap(a.x(), a.y(), a.width(), a.height(), b.x(), b.y(), b.width(), b.height()),
                        a.id() + " overlaps " + b.id());
            }
        }
    }

    /** As the canvas draws it: a card is 170 x 60, a pool without a size of its own 340 x 200. */
    private static double width(Element element) {
        return element.width() > 0 ? element.width() : isPool(element) ? 340 : 170;
    }

    private static double height(Element element) {
        return element.height() > 0 ? element.height() : isPool(element) ? 200 : 60;
    }

    private static boolean isPool(Element element) {
        return Fixture.CATALOG.spec(element.type()).container();
    }

    private static boolean overlap(double ax, double ay, double aw, double ah, double bx, double by, double bw,
                                   double bh) {
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }
}
