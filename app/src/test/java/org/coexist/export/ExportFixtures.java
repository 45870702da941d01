package org.coexist.export;

import java.util.List;
import java.util.Map;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.Finding;
import org.coexist.rules.RuleSource;
import org.coexist.rules.Severity;

/**
 * A small topology for the export tests. Forest "Contoso" spans (40,40)-(800,300), so with the 40 px margin the
 * diagram's area is (0,0)-(840,340) and image pixels equal canvas units at scale 1. Link l1 runs horizontally at
 * y = 190 from the archiving server's right edge (x = 270) to the SQL instance's left edge (x = 560).
 */
final class ExportFixtures {
    static final Catalog CATALOG = CatalogReader.readBundled();
    static final String ERROR_MESSAGE = "The archiving server must match the version of its pool";
    static final String WARNING_MESSAGE = "The pool shares its host with another role";
    static final org.coexist.rules.SourceDocument SEED = org.coexist.rules.SourceCatalog.readBundled().find("seed-000");

    private ExportFixtures() {
    }

    static Topology topology() {
        Topology topology = new Topology("Contoso migration");
        topology.setDescription("Move Contoso from OCS 2007 R2 to Lync 2010.");
        topology.addForest(new Forest("f1", "Contoso", 40, 40, 760, 260));
        topology.addElement(new Element("p1", ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2, "pool01",
                "f1", null, 80, 100, 240, 180, Map.of(), Map.of()));
        topology.addElement(new Element("e1", ElementType.ARCHIVING_SERVER, ProductVersion.LYNC_2010, "archive01",
                "f1", "p1", 100, 160, 0, 0, Map.of(), Map.of()));
        topology.addElement(new Element("e2", ElementType.SQL_INSTANCE, ProductVersion.SQL_2008, "sql01", "f1",
                560, 160));
        topology.addLink(new Link("l1", LinkKind.ARCHIVES_TO, "e1", "e2"));
        return topology;
    }

    static Topology withPhases() {
        Topology topology = topology();
        topology.addPhase(new Phase("ph1", "Phase 1: coexist", "Install the Lync 2010 archiving server.",
                List.of()));
        topology.addPhase(new Phase("ph2", "Phase 2: retire", "Decommission the old SQL instance.",
                List.of("e2")));
        return topology;
    }

    /** An error on l1 while it exists, and a warning on the pool: stands in for {@code engine::validate}. */
    static List<Finding> findings(Topology topology) {
        Finding warning = new Finding("R07", Severity.WARNING, List.of("p1"), WARNING_MESSAGE,
                new RuleSource(SEED, "Collocation is supported with caveats."));
        if (topology.link("l1") == null) {
            return List.of(warning);
        }
        return List.of(new Finding("R12", Severity.ERROR, List.of("l1"), ERROR_MESSAGE,
                new RuleSource(SEED, "The Archiving Server version must match the version of the pool.")), warning);
    }

    static DiagramPainter painter() {
        return new DiagramPainter(CATALOG, new IconLibrary(CATALOG));
    }
}
