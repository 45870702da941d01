package org.coexist.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coexist.io.CatalogReader;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;
import org.junit.jupiter.api.Test;

/** A trainer makes an exercise; trainees solve it correctly, partly and wrongly; each gets the grade they earned. */
class ExerciseGradingTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final ValidationEngine ENGINE = new ValidationEngine(CATALOG, Locale.ENGLISH);

    /** Two errors to fix (rule 5 on l1, rule 13 on l2) and a warning that stays (rule 21: a chat pool homed nowhere). */
    private static Topology design() {
        Topology t = new Topology("exercise");
        t.addForest(new Forest("f1", "contoso.com", 0, 0, 1200, 800));
        t.addElement(new Element("pool", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "pool01", "f1", 10, 10));
        t.addElement(new Element("old", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007, "pool00", "f1", 10, 300));
        t.addElement(new Element("arch", ElementType.ARCHIVING_SERVER, ProductVersion.OCS_2007, "arch01", "f1", 400, 10));
        t.addElement(new Element("users", ElementType.COMMUNICATOR_CLIENT, ProductVersion.OCS_2007_R2, "users", "f1", 400, 300));
        t.addElement(new Element("chat", ElementType.GROUP_CHAT_POOL, ProductVersion.OCS_2007_R2, "chat01", "f1", 700, 10));
        t.addLink(new Link("l1", LinkKind.ARCHIVES_TO, "pool", "arch"));
        t.addLink(new Link("l2", LinkKind.HOMED_ON, "users", "old"));
        return t;
    }

    private final Exercise exercise = new ExerciseMaker(ENGINE).make(design(), null, "Fix what is not supported.");
    private final Grader grader = new Grader(ENGINE);

    @Test
    void theKeyIsTheDesignsErrorsToFixAndWarningsToKeep() {
        assertEquals(Set.of(new FindingKey("ocs-r2-archiving-version", Set.of("l1")),
                new FindingKey("communicator-r2-homed-on-legacy-pool", Set.of("l2"))), Set.copyOf(exercise.mustFix()));
        assertEquals(List.of(new FindingKey("chat-pool-not-homed", Set.of("chat"))), exercise.mustRemain());
        Grade start = grader.grade(exercise, design());
        assertEquals(0, start.fixed().size());
        assertEquals(2, start.stillWrong().size());
        assertEquals(33, start.score(), "only the warning to keep is answered");
    }

    @Test
    void aCorrectSolutionScoresFull() {
        Topology work = design();
        work.replaceElement(work.element("arch").withVersion(ProductVersion.OCS_2007_R2));
        work.replaceLink(work.link("l2").withEndpoints("users", "pool"));
        Grade grade = grader.grade(exercise, work);
        assertEquals(2, grade.fixed().size());
        assertEquals(List.of(), grade.introduced());
        assertEquals(100, grade.score());
    }

    @Test
    void aPartialSolutionScoresWhatItFixed() {
        Topology work = design();
        work.replaceElement(work.element("arch").withVersion(ProductVersion.OCS_2007_R2));
        Grade grade = grader.grade(exercise, work);
        assertEquals(List.of(new FindingKey("ocs-r2-archiving-version", Set.of("l1"))), grade.fixed());
        assertEquals(1, grade.stillWrong().size());
        assertEquals(67, grade.score());
    }

    @Test
    void deletingWhatWasToBeKeptAndMakingNewErrorsCosts() {
        Topology work = design();
        work.removeElement("chat");
        work.removeLink("l1");
        work.addLink(new Link("bad", LinkKind.HOMED_ON, "arch", "users"));
        Grade grade = grader.grade(exercise, work);
        assertEquals(1, grade.fixed().size(), "removing the archiving link does make its finding go");
        assertEquals(List.of(new FindingKey("chat-pool-not-homed", Set.of("chat"))), grade.removed());
        assertEquals(List.of("link-kind-endpoints"), grade.introduced().stream().map(f -> f.rule()).toList());
        assertEquals(0, grade.score(), "one fixed, one new error: nothing earned");
    }

    @Test
    void theExerciseTravelsInTheTopologyFileAndGradesAPhase() throws Exception {
        Topology design = design();
        design.addPhase(new Phase("ph1", "Before the archiving server", "", List.of("arch")));
        Exercise phased = new ExerciseMaker(ENGINE).make(design, "ph1", "Only the users matter here.");
        design.setExtra(java.util.Map.of(Exercise.FIELD, phased.toFileValue()));
        TopologyWriter writer = new TopologyWriter();
        Topology read = new TopologyReader(CATALOG).read(writer.toBytes(design), "exercise.coexist.json");
        Exercise back = Exercise.of(read).orElseThrow();
        assertEquals(phased.mustFix(), back.mustFix());
        assertEquals("ph1", back.phase());
        assertEquals(List.of(new FindingKey("communicator-r2-homed-on-legacy-pool", Set.of("l2"))), back.mustFix(),
                "the archiving link is hidden in that phase");
        assertTrue(Exercise.of(design()).isEmpty(), "a plain design is no exercise");
    }

    @Test
    void aMalformedKeyNamesThePlace() {
        Topology bad = design();
        bad.setExtra(java.util.Map.of(Exercise.FIELD, java.util.Map.of("mustFix", List.of("l1"))));
        ExerciseException e = assertThrows(ExerciseException.class, () -> Exercise.of(bad));
        assertTrue(e.getMessage().startsWith("$.exercise.mustFix[0]: "), e.getMessage());
    }
}
