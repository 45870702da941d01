package org.coexist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a copy adds, removes and changes compared with a file, counted by id. */
class ChangeSummaryTest {

    private static Topology disk() {
        Topology topology = new Topology("Contoso");
        topology.addForest(new Forest("f1", "contoso.com", 0, 0, 800, 600));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "pool01", "f1",
                100, 100));
        topology.addElement(new Element("s1", ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, "sql01", "f1",
                300, 100));
        topology.addElement(new Element("s2", ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, "sql02", "f1",
                500, 100));
        topology.addLink(new Link("l1", LinkKind.BACKEND_STORE, "p1", "s1"));
        topology.addPhase(new Phase("ph1", "Phase 1", "", List.of()));
        return topology;
    }

    @Test
    void countsWhatWasAddedRemovedAndChangedByKind() {
        Topology before = disk();
        Topology after = disk();
        after.replaceElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "pool01",
                "f1", 120, 100));
        after.removeElement("s2");
        after.addElement(new Element("p2", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool02", "f1",
                100, 300));
        after.addElement(new Element("s3", ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, "sql03", "f1",
                300, 300));
        after.removeLink("l1");
        after.addPhase(new Phase("ph2", "Phase 2", "", List.of()));

        ChangeSummary diff = ChangeSummary.between(before, after);

        assertEquals(new ChangeSummary.Counts(2, 1, 1), diff.elements());
        assertEquals(new ChangeSummary.Counts(0, 1, 0), diff.links());
        assertEquals(new ChangeSummary.Counts(0, 0, 0), diff.forests());
        assertEquals(new ChangeSummary.Counts(1, 0, 0), diff.phases());
        assertFalse(diff.documentChanged());
        assertFalse(diff.isEmpty());
    }

    @Test
    void theSameDesignHasNoDifferenceAndARenameIsOne() {
        assertTrue(ChangeSummary.between(disk(), disk()).isEmpty());

        Topology renamed = disk();
        renamed.setName("Fabrikam");
        ChangeSummary diff = ChangeSummary.between(disk(), renamed);
        assertTrue(diff.documentChanged());
        assertFalse(diff.isEmpty());
    }
}
