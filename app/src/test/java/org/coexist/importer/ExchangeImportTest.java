package org.coexist.importer;

import static org.coexist.importer.Fixtures.element;
import static org.coexist.importer.Fixtures.importing;
import static org.coexist.importer.Fixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exchange server lists in their three forms become role elements on their hosts. */
class ExchangeImportTest {
    @TempDir
    Path dir;

    @Test
    void formatListMapsLegacyServersRolesAndTakesWhatIsCertainOfACutLine() throws Exception {
        ImportResult result = importing(null, "exchange-servers-format-list.txt");
        Topology t = result.topology();
        Element legacy = element(t, ElementType.EXCHANGE_SERVER, "EX2003.contoso.com");
        assertEquals(ProductVersion.EXCHANGE_2003, legacy.version());
        assertEquals("ex2003.contoso.com", legacy.host());
        assertEquals(ProductVersion.EXCHANGE_2007, element(t, ElementType.MAILBOX_SERVER, "EX2007.contoso.com").version());
        element(t, ElementType.CLIENT_ACCESS_SERVER, "EX2007.contoso.com");
        assertTrue(t.elements().stream().noneMatch(e -> e.type() == ElementType.UNIFIED_MESSAGING_SERVER),
                "UnifiedMessa... is cut: not certain");
        List<String> cut = summary(result, ImportSummary.Category.CUT);
        assertEquals(1, cut.size());
        assertTrue(cut.get(0).contains("took only what is certain: Mailbox, ClientAccess"), cut::toString);
        Element hub = element(t, ElementType.HUB_TRANSPORT_SERVER, "EX2010.contoso.com");
        assertEquals(ProductVersion.EXCHANGE_2010, hub.version());
        assertEquals("contoso.com/Configuration/Sites/Paris", hub.properties().get("site"));
        assertEquals("Version 14.3 (Build 123.4)", hub.properties().get("adminDisplayVersion"));
        assertEquals(6, t.elements().size());
        assertEquals("contoso.com", t.forests().iterator().next().name());
    }

    @Test
    void formatListSavedByOutFileInUtf16IsReadToo() throws Exception {
        String text = Files.readString(Fixtures.file("exchange-servers-format-list.txt"));
        Path file = dir.resolve("servers-utf16.txt");
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);
        Topology t = new Importer(Fixtures.CATALOG).importFiles(List.of(file), null, null).topology();
        assertEquals(6, t.elements().size());
    }

    @Test
    void csvMapsEveryVersionAndSkipsARoleTheCatalogRefuses() throws Exception {
        ImportResult result = importing(null, "exchange-servers.csv");
        Topology t = result.topology();
        assertEquals(ProductVersion.EXCHANGE_2013, element(t, ElementType.CLIENT_ACCESS_SERVER, "EX2013.contoso.com").version());
        assertEquals(ProductVersion.EXCHANGE_2016, element(t, ElementType.MAILBOX_SERVER, "EX2016.contoso.com").version());
        assertEquals(ProductVersion.EXCHANGE_2019, element(t, ElementType.MAILBOX_SERVER, "EX2019.contoso.com").version());
        assertEquals(ProductVersion.EXCHANGE_2010,
                element(t, ElementType.EDGE_TRANSPORT_SERVER, "EDGE2010.perimeter.contoso.com").version());
        assertEquals(List.of("EX2016.contoso.com: Client Access Server skipped: the catalog has no such role in "
                + "Exchange Server 2016"), summary(result, ImportSummary.Category.SKIPPED));
    }

    @Test
    void clixmlReadsPropertiesAndObjectsToString() throws Exception {
        Topology t = importing(null, "exchange-servers.clixml").topology();
        assertEquals(ProductVersion.EXCHANGE_2010, element(t, ElementType.HUB_TRANSPORT_SERVER, "EX2010A.fabrikam.com").version());
        assertEquals("fabrikam.com/Configuration/Sites/Redmond",
                element(t, ElementType.MAILBOX_SERVER, "EX2010A.fabrikam.com").properties().get("site"));
        assertEquals(ProductVersion.EXCHANGE_2007, element(t, ElementType.MAILBOX_SERVER, "EX2007B.fabrikam.com").version());
        assertEquals(4, t.elements().size());
    }

    @Test
    void aTopologyAndAnExchangeListOfOneForestMakeOneDesign() throws Exception {
        Topology t = importing(null, "contoso-sfb.tbxml", "exchange-servers-format-list.txt").topology();
        assertEquals(1, t.forests().size());
        assertEquals(14, t.elements().size());
        element(t, ElementType.FRONT_END_POOL, "pool01.contoso.com");
        element(t, ElementType.EXCHANGE_SERVER, "EX2003.contoso.com");
    }

    @Test
    void versionsOfAdminDisplayVersion() {
        assertEquals(ProductVersion.EXCHANGE_2000, ExchangeMapper.version("Version 6.0 (Build 6249.4: Service Pack 3)"));
        assertEquals(ProductVersion.EXCHANGE_2003, ExchangeMapper.version("Version 6.5 (Build 7638.2: Service Pack 2)"));
        assertEquals(ProductVersion.EXCHANGE_2007, ExchangeMapper.version("Version 8.1 (Build 240.6)"));
        assertEquals(ProductVersion.EXCHANGE_2010, ExchangeMapper.version("Version 14.3 (Build 123.4)"));
        assertEquals(ProductVersion.EXCHANGE_2013, ExchangeMapper.version("Version 15.0 (Build 1497.2)"));
        assertEquals(ProductVersion.EXCHANGE_2016, ExchangeMapper.version("Version 15.1 (Build 2507.6)"));
        assertEquals(ProductVersion.EXCHANGE_2019, ExchangeMapper.version("Version 15.2 (Build 1118.7)"));
        assertEquals(ProductVersion.EXCHANGE_2010, ExchangeMapper.version("Version 14.3 (Bui..."));
        assertEquals(null, ExchangeMapper.version("Version 15.1..."), "15.1 might be 15.10: not certain");
    }

    @Test
    void aCsvCutShortIsRefusedWhole() throws Exception {
        Path file = dir.resolve("cut.csv");
        Files.writeString(file, "\"Name\",\"Fqdn\",\"AdminDisplayVersion\",\"ServerRole\"\n"
                + "\"EX1\",\"EX1.contoso.com\",\"Version 14.3 (Build 123.4)\",\"Mailbox\"\n"
                + "\"EX2\",\"EX2.contoso.com\",\"Version 14.3 (Bu");
        ImportException e = assertThrows(ImportException.class,
                () -> new Importer(Fixtures.CATALOG).importFiles(List.of(file), null, null));
        assertEquals(file + ": line 3: a quoted value never ends; the list looks cut short, nothing imported",
                e.getMessage());
    }

    @Test
    void aFormatListWhoseLastServerLostItsVersionIsRefusedWhole() throws Exception {
        Path file = dir.resolve("cut.txt");
        Files.writeString(file, "Name                : EX1\nAdminDisplayVersion : Version 14.3 (Build 123.4)\n"
                + "ServerRole          : Mailbox\n\nName                : EX2\n");
        ImportException e = assertThrows(ImportException.class,
                () -> new Importer(Fixtures.CATALOG).importFiles(List.of(file), null, null));
        assertTrue(e.getMessage().startsWith(file + ": line 5: server EX2 has no AdminDisplayVersion"), e.getMessage());
    }
}
