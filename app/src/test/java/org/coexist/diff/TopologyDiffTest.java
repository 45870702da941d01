package org.coexist.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coexist.importer.Fixtures;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/** A design against what is deployed: matched by name and host, never by id; per phase. */
class TopologyDiffTest {

    private static Element element(String id, ElementType type, ProductVersion version, String name, String host) {
        return new Element(id, type, version, name, "f", null, 0, 0, 0, 0,
                host == null ? Map.of() : Map.of("host", host), Map.of());
    }

    private static Topology topology(List<Element> elements, List<Link> links, List<Phase> phases) {
        Topology t = new Topology("t");
        t.addForest(new Forest("f", "contoso.com", 0, 0, 900, 600));
        elements.forEach(t::addElement);
        links.forEach(t::addLink);
        phases.forEach(t::addPhase);
        return t;
    }

    @Test
    void anImportedDeploymentMatchesItselfWhateverTheIds() throws Exception {
        Topology deployed = Fixtures.importing(null, "contoso-sfb.tbxml").topology();
        Topology again = Fixtures.importing(null, "contoso-sfb.tbxml").topology();
        assertTrue(TopologyDiff.compare(again, deployed).identical());
    }

    @Test
    void findsWhatIsNotDeployedNotDesignedAndWhatDiffers() {
        Topology design = topology(List.of(
                element("a", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01.contoso.com", null),
                element("b", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012, "sql01\\rtc", "sql01"),
                element("c", ElementType.FRONT_END_POOL, ProductVersion.SFB_2015, "pool02.contoso.com", null),
                element("u", ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013, "users", null)),
                List.of(new Link("l", LinkKind.BACKEND_STORE, "a", "b")), List.of());
        Topology deployed = topology(List.of(
                element("x1", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2010, "POOL01.contoso.com", null),
                element("x2", ElementType.SQL_INSTANCE, ProductVersion.SQL_2008_R2, "sql01.contoso.com\\rtc",
                        "sql01.contoso.com"),
                element("x3", ElementType.EDGE_SERVER, ProductVersion.LYNC_2010, "edge01.contoso.com", null)),
                List.of(new Link("k", LinkKind.BACKEND_STORE, "x1", "x2")), List.of());
        DiffReport report = TopologyDiff.compare(design, deployed);
        assertEquals(List.of("pool02.contoso.com"), report.notDeployed().stream().map(DiffReport.Side::name).toList(),
                "clients are never in a deployment document");
        assertEquals(List.of("edge01.contoso.com"), report.notDesigned().stream().map(DiffReport.Side::name).toList());
        assertEquals(2, report.differing().size());
        DiffReport.Difference pool = report.differing().stream()
                .filter(d -> d.design().id().equals("a")).findFirst().orElseThrow();
        assertEquals(List.of(new DiffReport.Change("version", "LYNC_2013", "LYNC_2010")), pool.changes(),
                "sql01\\rtc and sql01.contoso.com\\rtc are one back end");
        DiffReport.Difference sql = report.differing().stream()
                .filter(d -> d.design().id().equals("b")).findFirst().orElseThrow();
        assertEquals("x2", sql.deployed().id(), "matched by host: the bare name is the FQDN's first label");
        assertEquals(List.of(new DiffReport.Change("version", "SQL_2012", "SQL_2008_R2")), sql.changes());
    }

    @Test
    void anAssumedSqlVersionIsNotADifferenceButAnotherBackEndIs() {
        Topology design = topology(List.of(
                element("a", ElementType.FRONT_END_POOL, ProductVersion.SFB_2019, "pool01.contoso.com", null),
                element("b", ElementType.SQL_INSTANCE, ProductVersion.SQL_2019, "sql01.contoso.com", "sql01.contoso.com"),
                element("c", ElementType.SQL_INSTANCE, ProductVersion.SQL_2019, "sql02.contoso.com", "sql02.contoso.com")),
                List.of(new Link("l", LinkKind.BACKEND_STORE, "a", "b")), List.of());
        Topology deployed = topology(List.of(
                element("a", ElementType.FRONT_END_POOL, ProductVersion.SFB_2019, "pool01.contoso.com", null),
                element("b", ElementType.SQL_INSTANCE, ProductVersion.SQL_2016, "sql01.contoso.com", "sql01.contoso.com")
                        .withProperty(TopologyDiff.VERSION_ASSUMED, true),
                element("c", ElementType.SQL_INSTANCE, ProductVersion.SQL_2016, "sql02.contoso.com", "sql02.contoso.com")
                        .withProperty(TopologyDiff.VERSION_ASSUMED, true)),
                List.of(new Link("l", LinkKind.BACKEND_STORE, "a", "c")), List.of());
        DiffReport report = TopologyDiff.compare(design, deployed);
        assertEquals(1, report.differing().size());
        assertEquals(List.of(new DiffReport.Change("backEnd", "sql01.contoso.com", "sql02.contoso.com")),
                report.differing().get(0).changes());
    }

    @Test
    void theFirstPhaseThatMatchesIsWhereTheMigrationIs() {
        List<Element> elements = List.of(
                element("old", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01.contoso.com", null),
                element("new", ElementType.FRONT_END_POOL, ProductVersion.SFB_2019, "pool02.contoso.com", null));
        List<Phase> phases = List.of(new Phase("p1", "Before", "", List.of("new")),
                new Phase("p2", "Side by side", "", List.of()), new Phase("p3", "After", "", List.of("old")));
        Topology design = topology(elements, List.of(), phases);
        Topology deployed = topology(List.of(
                element("x", ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013, "pool01.contoso.com", null),
                element("y", ElementType.FRONT_END_POOL, ProductVersion.SFB_2019, "pool02.contoso.com", null)),
                List.of(), List.of());
        PhaseDiff diff = PhaseDiff.compare(design, deployed);
        assertEquals("p2", diff.currentPhase());
        assertTrue(diff.matches());
        assertEquals(List.of(false, true, false), diff.phases().stream().map(p -> p.report().identical()).toList());
        assertEquals(1, diff.phases().get(0).report().notDesigned().size());

        Topology onlyNew = topology(List.of(
                element("y", ElementType.FRONT_END_POOL, ProductVersion.SFB_2015, "pool02.contoso.com", null)),
                List.of(), List.of());
        PhaseDiff notYet = PhaseDiff.compare(design, onlyNew);
        assertNull(notYet.currentPhase());
        assertFalse(notYet.matches());
        assertEquals("p3", notYet.closestPhase());
        assertEquals("version", notYet.reference().differing().get(0).changes().get(0).field());
    }
}
