package org.coexist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that try to hurt: each is refused with one line, and nothing is imported. */
class HostileInputTest {
    private static final String TB = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";

    @TempDir
    Path dir;

    private ImportException refused(Path file) {
        return assertThrows(ImportException.class,
                () -> new Importer(Fixtures.CATALOG).importFiles(List.of(file), null, null));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctypeBeforeAnyEntityExpands() throws Exception {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            doc.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        doc.append("]>\n<TopologyBuilder xmlns=\"" + TB + "\"><NewTopology>&lol9;</NewTopology></TopologyBuilder>");
        Path file = write("lolz.tbxml", doc.toString());
        ImportException e = refused(file);
        assertEquals(file + ": line 2, column 10: a DOCTYPE declaration is not accepted (entities and DTDs are "
                + "refused)", e.getMessage());
    }

    @Test
    void anExternalEntityNeverReadsTheFile() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path file = write("xxe.tbxml", "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<TopologyBuilder xmlns=\"" + TB + "\"><NewTopology><PartialTopology>"
                + "<CentralSites><CentralSite SiteId=\"1\"><Name>&x;</Name></CentralSite></CentralSites>"
                + "</PartialTopology></NewTopology></TopologyBuilder>");
        ImportException e = refused(file);
        assertTrue(e.getMessage().contains("a DOCTYPE declaration is not accepted"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aDocumentOfAnUnknownKindSaysWhatIsExpected() throws Exception {
        Path file = write("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>");
        assertEquals(file + ": a document of an unknown kind (XML with root <project "
                + "xmlns=\"http://maven.apache.org/POM/4.0.0\">); expected a Topology Builder document, a published "
                + "topology (Get-CsTopology -AsXml), an Export-CsConfiguration zip, a legacy Edge input file or an "
                + "Exchange server list (Format-List, Export-Csv, Export-Clixml)", refused(file).getMessage());
        Path text = write("notes.txt", "just some notes\n");
        assertTrue(refused(text).getMessage().startsWith(text + ": a document of an unknown kind (text that"));
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        Path file = write("broken.tbxml", "<TopologyBuilder xmlns=\"" + TB + "\">\n<NewTopology>\n</TopologyBuilder>");
        assertTrue(refused(file).getMessage().startsWith(file + ": line 3, column"), refused(file).getMessage());
        assertFalse(refused(file).getMessage().contains("\n"));
    }

    @Test
    void aBrokenZipIsRefused() throws Exception {
        byte[] zip = Files.readAllBytes(Fixtures.file("fabrikam-cs-configuration.zip"));
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);
        Path file = dir.resolve("cut.zip");
        Files.write(file, cut);
        String message = refused(file).getMessage();
        assertTrue(message.startsWith(file + ": zip"), message);
    }

    @Test
    void aZipBombStopsAtTheCap() throws Exception {
        Path file = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("DocItemSet.xml"));
            zip.write("<DocItemSet/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 1024 * 1024, "40 MiB of zeros compress to a small file");
        assertEquals(file + ": zip entry padding.bin: the archive decompresses to more than 32 MiB; refused",
                refused(file).getMessage());
    }

    @Test
    void aFileOverTheCapIsRefusedWithoutReadingItAll() throws Exception {
        Path file = write("big.tbxml", "<TopologyBuilder xmlns=\"" + TB + "\">" + " ".repeat(4096)
                + "</TopologyBuilder>");
        ImportException e = assertThrows(ImportException.class,
                () -> new Importer(Fixtures.CATALOG, 1024).importFiles(List.of(file), null, null));
        assertEquals(file + ": file: larger than 1024 bytes; refused", e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        Path file = dir.resolve("absent.tbxml");
        assertEquals(file + ": file: no such file", refused(file).getMessage());
    }

    @Test
    void oneBadDocumentRefusesTheWholeImport() throws Exception {
        Path bad = write("bad.xml", "<nope/>");
        ImportException e = assertThrows(ImportException.class, () -> new Importer(Fixtures.CATALOG)
                .importFiles(List.of(Fixtures.file("contoso-sfb.tbxml"), bad), null, null));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}
