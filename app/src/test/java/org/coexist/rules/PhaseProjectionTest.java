package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.PhaseProjection;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the edits of the design and of the phase's hidden list, the projection equals the design
 * without what the phase hides, and live validation of the projection equals a full validation of that copy.
 */
class PhaseProjectionTest {

    @Test
    void projectionAndItsFindingsFollowEveryEdit() {
        for (long seed = 1; seed <= 25; seed++) {
            run(seed, 120);
        }
    }

    private void run(long seed, int steps) {
        Random random = new Random(seed);
        Topology topology = new Topology("random " + seed);
        RandomEditor editor = new RandomEditor(topology, random);
        editor.addForest();
        editor.addForest();
        for (int i = 0; i < 10; i++) {
            editor.addElement();
        }
        topology.addPhase(new Phase("ph", "Phase", "", List.of()));
        try (PhaseProjection projection = new PhaseProjection(topology, "ph");
             LiveValidation live = Fixture.ENGINE.attach(projection.topology())) {
            for (int step = 0; step < steps; step++) {
                String what;
                if (random.nextInt(5) == 0) {
                    List<String> ids = new ArrayList<>();
                    topology.forests().forEach(f -> ids.add(f.id()));
                    topology.elements().forEach(e -> ids.add(e.id()));
                    topology.links().forEach(l -> ids.add(l.id()));
                    List<String> hidden = new ArrayList<>();
                    int n = random.nextInt(4);
                    for (int i = 0; i < n && !ids.isEmpty(); i++) {
                        hidden.add(ids.get(random.nextInt(ids.size())));
                    }
                    topology.replacePhase(topology.phase("ph").withHidden(hidden));
                    what = "hide " + hidden;
                } else {
                    editor.randomEdit();
                    what = editor.last;
                }
                Topology expected = topology.without(topology.phase("ph").hidden());
                String where = "seed " + seed + " step " + step + " after " + what;
                assertSameContent(expected, projection.topology(), where);
                assertEquals(normalised(Fixture.ENGINE.validate(expected)), normalised(live.findings()), where);
            }
        }
    }

    /**
     * Findings without the order of their subjects: after a re-projection the projection holds the re-added
     * elements last, so a rule over a forest may name the same subjects in another order.
     */
    private static Set<String> normalised(java.util.Collection<Finding> findings) {
        Set<String> result = new HashSet<>();
        for (Finding finding : findings) {
            result.add(finding.rule() + " " + finding.severity() + " " + new java.util.TreeSet<>(finding.subjects()));
        }
        return result;
    }

    private static void assertSameContent(Topology expected, Topology actual, String where) {
        assertEquals(new HashSet<Forest>(expected.forests()), new HashSet<Forest>(actual.forests()), where);
        assertEquals(new HashSet<Element>(expected.elements()), new HashSet<Element>(actual.elements()), where);
        assertEquals(new HashSet<Link>(expected.links()), new HashSet<Link>(actual.links()), where);
    }

    @Test
    void anErrorOfAnElementHiddenInThePhaseIsNotThePhasesError() {
        Topology topology = new Topology("t");
        topology.addForest(new Forest("f", "contoso.com", 0, 0, 800, 600));
        topology.addElement(new Element("client", ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013, "c", "f", 0, 0));
        topology.addElement(new Element("sql", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "s", "f", 0, 0));
        topology.addLink(new Link("bad", LinkKind.HOMED_ON, "client", "sql"));
        topology.addPhase(new Phase("ph", "Phase", "", List.of("sql")));
        try (PhaseProjection projection = new PhaseProjection(topology, "ph");
             LiveValidation live = Fixture.ENGINE.attach(projection.topology())) {
            assertFalse(projection.isPresent("bad"), "a link is hidden where an end is");
            assertEquals(0, live.count(Severity.ERROR));
            topology.replacePhase(topology.phase("ph").withHidden(List.of()));
            assertTrue(projection.isPresent("bad"));
            assertEquals(1, live.count(Severity.ERROR), "showing the SQL instance brings the wrong link back");
            Set<String> subjects = new HashSet<>();
            live.findings().forEach(f -> subjects.addAll(f.subjects()));
            assertTrue(subjects.contains("bad"));
        }
    }
}
