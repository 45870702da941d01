package org.coexist.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coexist.io.CatalogReader;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final Pattern CODE = Pattern.compile("`([A-Z0-9_]+)`");
    private final Catalog catalog = CatalogReader.readBundled();

    @Test
    void everyTypeAndKindOfTheVocabularyIsInTheCatalog() {
        for (ElementType type : ElementType.values()) {
            ElementTypeSpec spec = catalog.spec(type);
            assertNotNull(spec, type.name());
            assertFalse(spec.versions().isEmpty(), type + " has no versions");
            assertFalse(spec.label().isBlank(), type + " has no label");
        }
        for (LinkKind kind : LinkKind.values()) {
            assertNotNull(catalog.spec(kind), kind.name());
        }
        for (ProductVersion version : ProductVersion.values()) {
            assertNotNull(catalog.label(version), version.name());
        }
    }

    /** Reads the tables of domain.md itself, so the catalog cannot drift from the vocabulary. */
    @Test
    void versionsPerTypeMatchDomainMd() throws IOException {
        List<String> lines = domainLines();
        int checked = 0;
        boolean inTypes = false;
        for (String line : lines) {
            if (line.startsWith("### Element types")) {
                inTypes = true;
            } else if (line.startsWith("###") || line.startsWith("Properties every")) {
                inTypes = false;
            }
            if (!inTypes || !line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Set<ProductVersion> expected = versionsFrom(cells[2]);
            for (String typeName : codes(cells[1])) {
                ElementType type = ElementType.valueOf(typeName);
                assertEquals(expected, EnumSet.copyOf(catalog.spec(type).versions()), "versions of " + type);
                checked++;
            }
        }
        assertEquals(ElementType.values().length, checked, "every type of domain.md checked");
    }

    @Test
    void everyLinkKindOfDomainMdIsInTheCatalog() throws IOException {
        Set<LinkKind> seen = EnumSet.noneOf(LinkKind.class);
        boolean inKinds = false;
        for (String line : domainLines()) {
            if (line.startsWith("### Link kinds")) {
                inKinds = true;
            } else if (line.startsWith("#")) {
                inKinds = false;
            }
            if (inKinds && line.startsWith("| `")) {
                seen.add(LinkKind.valueOf(codes(line.split("\\|")[1]).get(0)));
            }
        }
        assertEquals(EnumSet.allOf(LinkKind.class), seen);
    }

    @Test
    void endpointsFollowTheLinkKindTable() {
        Element client = element(ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        Element pool = element(ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        Element sql = element(ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        Element chat = element(ElementType.PERSISTENT_CHAT_POOL, ProductVersion.LYNC_2013);
        Element mailbox = element(ElementType.MAILBOX_SERVER, ProductVersion.EXCHANGE_2007);
        Element legacy = element(ElementType.EXCHANGE_SERVER, ProductVersion.EXCHANGE_2003);
        Element notes = element(ElementType.NOTES_SERVER, ProductVersion.LOTUS_NOTES);

        assertTrue(catalog.fits(LinkKind.HOMED_ON, client, pool));
        assertFalse(catalog.fits(LinkKind.HOMED_ON, sql, client), "a SQL instance cannot be HOMED_ON a client");
        assertTrue(catalog.fits(LinkKind.BACKEND_STORE, pool, sql));
        assertTrue(catalog.fits(LinkKind.BACKEND_STORE, chat, sql));
        assertTrue(catalog.fits(LinkKind.CONNECTS_TO, client, chat));
        assertTrue(catalog.fits(LinkKind.ROUTES_TO, legacy, mailbox));
        assertFalse(catalog.fits(LinkKind.ROUTES_TO, pool, mailbox), "routing needs one family");
        assertTrue(catalog.fits(LinkKind.INTEROPERATES_WITH, mailbox, notes));
        assertFalse(catalog.fits(LinkKind.INTEROPERATES_WITH, pool, notes));
        assertTrue(catalog.fits(LinkKind.MIGRATES_TO, notes, mailbox), "seed 001: Notes migrates to Exchange");
        assertFalse(catalog.fits(LinkKind.MIGRATES_TO, mailbox, notes), "not the other way");
        assertFalse(catalog.fits(LinkKind.MIGRATES_TO, notes, pool), "nor to a communications server");
    }

    @Test
    void onlyPoolsHoldMembersAndOnlyAttachedRolesAreMembers() {
        assertTrue(catalog.mayHold(ElementType.FRONT_END_POOL, ElementType.MEDIATION_SERVER));
        assertTrue(catalog.mayHold(ElementType.STANDARD_EDITION_SERVER, ElementType.SQL_INSTANCE));
        assertFalse(catalog.mayHold(ElementType.FRONT_END_POOL, ElementType.FRONT_END_POOL), "no pool in a pool");
        assertFalse(catalog.mayHold(ElementType.FRONT_END_POOL, ElementType.EDGE_SERVER));
        assertFalse(catalog.mayHold(ElementType.MEDIATION_SERVER, ElementType.SQL_INSTANCE));
    }

    @Test
    void anLcs2005EdgeServerIsCalledAccessProxy() {
        ElementTypeSpec edge = catalog.spec(ElementType.EDGE_SERVER);
        assertEquals("Access Proxy", edge.label(ProductVersion.LCS_2005_SP1));
        assertEquals("Edge Server", edge.label(ProductVersion.SFB_2019));
        assertTrue(edge.properties().contains("federationEnabled"));
        CatalogLabels french = new CatalogLabels(catalog, java.util.Locale.FRENCH);
        assertEquals("Proxy d’accès", french.type(ElementType.EDGE_SERVER, ProductVersion.LCS_2005_SP1));
    }

    @Test
    void proposesTheMostLikelyKind() {
        Element client = element(ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013);
        Element pool = element(ElementType.FRONT_END_POOL, ProductVersion.LYNC_2013);
        Element oldPool = element(ElementType.FRONT_END_POOL, ProductVersion.OCS_2007_R2);
        Element sql = element(ElementType.SQL_INSTANCE, ProductVersion.SQL_2012);
        Element edge = element(ElementType.EDGE_SERVER, ProductVersion.LYNC_2013);

        assertEquals(LinkKind.HOMED_ON, catalog.proposedKind(client, pool));
        assertEquals(LinkKind.BACKEND_STORE, catalog.proposedKind(pool, sql));
        assertEquals(LinkKind.ROUTES_TO, catalog.proposedKind(edge, pool));
        assertEquals(LinkKind.MIGRATES_TO, catalog.proposedKind(oldPool, pool));
        assertTrue(catalog.kindsFor(oldPool, pool).contains(LinkKind.ROUTES_TO), "other kinds stay offered");
        assertNull(catalog.proposedKind(sql, client));
        assertTrue(catalog.kindsFor(pool, pool).isEmpty(), "no link from an element to itself");
    }

    @Test
    void paletteHasTheFiveFamiliesAndEveryType() {
        List<String> ids = catalog.palette().stream().map(PaletteGroup::id).toList();
        assertEquals(List.of("communications", "exchange", "sql", "clients", "other"), ids);
        long listed = catalog.palette().stream().mapToLong(g -> g.types().size()).sum();
        assertEquals(ElementType.values().length, listed);
    }

    private static Element element(ElementType type, ProductVersion version) {
        return new Element(type.name() + version.name(), type, version, "x", "f", 0, 0);
    }

    private static List<String> domainLines() throws IOException {
        Path domain = Path.of(System.getProperty("coexist.shared.dir", "../../shared"), "domain.md");
        Assumptions.assumeTrue(Files.exists(domain), "shared/domain.md beside the project");
        return Files.readAllLines(domain);
    }

    private static List<String> codes(String cell) {
        List<String> result = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    /**
     * "all communications", "`OCS_2007` and later", "`OCS_2007`, `OCS_2007_R2`", "all communications and exchange",
     * "`LCS_2005_SP1` to `LYNC_2013`" (a range, both ends included).
     */
    private static Set<ProductVersion> versionsFrom(String cell) {
        Set<ProductVersion> result = EnumSet.noneOf(ProductVersion.class);
        String text = cell.trim();
        if (text.startsWith("all ")) {
            for (String family : text.substring(4).split(" and ")) {
                Family f = Family.valueOf(family.trim().toUpperCase(java.util.Locale.ROOT));
                for (ProductVersion v : ProductVersion.values()) {
                    if (v.family() == f) {
                        result.add(v);
                    }
                }
            }
            return result;
        }
        List<String> named = codes(text);
        if (named.size() == 2 && text.matches("`[A-Z0-9_]+` to `[A-Z0-9_]+`.*")) {
            ProductVersion first = ProductVersion.valueOf(named.get(0));
            ProductVersion last = ProductVersion.valueOf(named.get(1));
            for (ProductVersion v : ProductVersion.values()) {
                if (v.family() == first.family() && v.ordinal() >= first.ordinal() && v.ordinal() <= last.ordinal()) {
                    result.add(v);
                }
            }
            return result;
        }
        if (text.endsWith("and later")) {
            ProductVersion first = ProductVersion.valueOf(named.get(0));
            for (ProductVersion v : ProductVersion.values()) {
                if (v.family() == first.family() && v.ordinal() >= first.ordinal()) {
                    result.add(v);
                }
            }
            return result;
        }
        named.forEach(n -> result.add(ProductVersion.valueOf(n)));
        return result;
    }
}
