package org.coexist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coexist.io.CatalogReader;
import org.coexist.io.TopologyReader;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** coexist import and coexist diff as scripts use them. */
class ImportDiffCliTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path dir;

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void importWritesOneTopologyFromSeveralDocumentsAndPrintsTheSummary() throws Exception {
        Path out = dir.resolve("contoso.coexist.json");
        CliRun r = CliRun.of("import", fixture("contoso-sfb.tbxml"), fixture("exchange-servers-format-list.txt"),
                "--forest", "CONTOSO", "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        Topology t = new TopologyReader(CatalogReader.readBundled()).read(out);
        assertEquals("CONTOSO", t.forests().iterator().next().name());
        assertEquals(14, t.elements().size());
        assertTrue(r.err().contains("SKIPPED fs01.contoso.com: file store (FileStore) skipped"), r.err());
        assertTrue(r.err().contains("CUT EX2007.contoso.com: ServerRole cut"), r.err());
        assertTrue(r.err().contains("wrote " + out + " (14 elements, 3 links)"), r.err());
        assertEquals(0, CliRun.of("validate", out.toString()).status(), "an imported topology validates without errors");
    }

    @Test
    void importOfAnUnknownDocumentExitsTwoAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("x.xml"), "<x/>");
        Path out = dir.resolve("out.coexist.json");
        CliRun r = CliRun.of("import", fixture("contoso-sfb.tbxml"), bad.toString(), "--output", out.toString());
        assertEquals(2, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(bad + ": a document of an unknown kind"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingVersionNeedsAssumeVersion() throws Exception {
        Path out = dir.resolve("legacy.coexist.json");
        CliRun refused = CliRun.of("import", fixture("merged-legacy.xml"), "--output", out.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("--assume-version"), refused.err());
        assertFalse(Files.exists(out));
        CliRun wrong = CliRun.of("import", fixture("merged-legacy.xml"), "--assume-version", "EXCHANGE_2010", "--output",
                out.toString());
        assertEquals(2, wrong.status());
        CliRun assumed = CliRun.of("import", fixture("merged-legacy.xml"), fixture("legacy-edge-input.xml"),
                "--assume-version", "ocs_2007_r2", "--output", out.toString());
        assertEquals(0, assumed.status(), assumed.err());
        assertTrue(Files.readString(out).contains("\"OCS_2007_R2\""));
    }

    @Test
    void diffOfADeploymentAgainstItsOwnImportIsIdentical() throws Exception {
        Path design = dir.resolve("design.coexist.json");
        assertEquals(0, CliRun.of("import", fixture("fabrikam-lync2013-published.xml"), "--output", design.toString())
                .status());
        CliRun same = CliRun.of("diff", design.toString(), fixture("fabrikam-cs-configuration.zip"));
        assertEquals(0, same.status(), same.out() + same.err());
        assertTrue(same.out().contains("no differences"), same.out());

        CliRun other = CliRun.of("diff", design.toString(), fixture("contoso-sfb.tbxml"), "--json");
        assertEquals(1, other.status());
        JsonNode json = new ObjectMapper().readTree(other.out());
        assertFalse(json.get("matches").asBoolean());
        assertEquals(3, json.get("whole").get("notDeployed").size());
        assertEquals(8, json.get("whole").get("notInDesign").size());
    }

    @Test
    void diffPerPhaseNamesWhereTheDeploymentIs() {
        CliRun r = CliRun.of("diff", "../assets/samples/ocs2007r2-to-lync2013.coexist.json", fixture("merged-legacy.xml"),
                "--assume-version", "OCS_2007_R2");
        assertEquals(1, r.status());
        assertTrue(r.out().startsWith("phase r2-ph1 \"OCS 2007 R2 in production\": "), r.out());
        // Nothing of the lone legacy pool matches the sample's names: the phase showing the fewest elements is the
        // closest, the decommissioned one (six Lync Server 2013 servers against eight OCS 2007 R2 ones).
        assertTrue(r.out().contains("against phase r2-ph5 (the closest):"), r.out());
        assertTrue(r.out().contains("NOT IN DESIGN Front End Pool ocspool.contoso.com (Office Communications Server "
                + "2007 R2)"), r.out());
    }

    @Test
    void diffOfAnUnreadableFileExitsTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.tbxml"), "<TopologyBuilder");
        CliRun r = CliRun.of("diff", "../assets/samples/ocs2007r2-to-lync2013.coexist.json", bad.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith(bad + ": line 1"), r.err());
    }
}
