package org.coexist.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.coexist.io.CatalogReader;
import org.junit.jupiter.api.Test;

/** File > Open Sample lists what index.json lists: it must name every sample in the folder, once, and no other. */
class BundledSamplesTest {
    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "..", "assets", "samples");

    @Test
    void indexListsExactlyTheSamplesOfTheFolder() throws IOException {
        Set<String> inFolder;
        try (Stream<Path> files = Files.list(FOLDER)) {
            inFolder = new HashSet<>(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".coexist.json")).toList());
        }
        List<String> indexed = BundledSamples.fileNames();
        assertEquals(indexed.size(), new HashSet<>(indexed).size(), "no sample twice: " + indexed);
        assertEquals(inFolder, new HashSet<>(indexed));
    }

    @Test
    void everySampleLoadsUnderItsTopologyNameAndEachOpeningIsFresh() {
        BundledSamples samples = new BundledSamples(CatalogReader.readBundled());
        List<BundledSamples.Sample> all = samples.samples();
        assertEquals(BundledSamples.fileNames(), all.stream().map(BundledSamples.Sample::fileName).toList());
        for (BundledSamples.Sample sample : all) {
            assertFalse(sample.name().isBlank(), sample.fileName());
            assertEquals(sample.name(), samples.read(sample).name());
            assertFalse(samples.read(sample).forests().isEmpty(), sample.fileName());
        }
        assertNotSame(samples.read(all.get(0)), samples.read(all.get(0)));
        assertEquals("Fabrikam: Exchange Server 2003 to Exchange 2007 transition", all.get(0).name());
    }
}
