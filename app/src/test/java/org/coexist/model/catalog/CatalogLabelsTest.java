package org.coexist.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coexist.io.CatalogReader;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

class CatalogLabelsTest {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** Types whose label is a product name, the same in every language. */
    private static final List<ElementType> PRODUCT_NAMED =
            List.of(ElementType.COMMUNICATOR_WEB_ACCESS, ElementType.COMMUNICATOR_CLIENT);

    private final Catalog catalog = CatalogReader.readBundled();

    @Test
    void theEnglishBundleSaysWhatTheCatalogSays() {
        CatalogLabels english = new CatalogLabels(catalog, Locale.ENGLISH);
        for (ElementTypeSpec spec : catalog.elementTypes()) {
            assertEquals(spec.label(), english.type(spec.type()));
        }
        for (LinkKindSpec spec : catalog.linkKinds()) {
            assertEquals(spec.label(), english.kind(spec.kind()));
            assertEquals(spec.shortLabel(), english.kindShort(spec.kind()));
        }
        for (PaletteGroup group : catalog.palette()) {
            assertEquals(group.label(), english.palette(group.id()));
        }
        for (String name : List.of("host", "architecture", "outsideVoiceControl", "persistentChatEnabled", "api",
                "exchangeOrganizationMode")) {
            assertEquals(catalog.property(name).label(), english.property(name));
            assertEquals(catalog.property(name).description(), english.propertyDescription(name));
        }
    }

    @Test
    void frenchAndChineseUseTheSeedsTerms() {
        CatalogLabels french = new CatalogLabels(catalog, FRENCH);
        CatalogLabels chinese = new CatalogLabels(catalog, CHINESE);
        assertEquals("Pool de serveurs frontaux", french.type(ElementType.FRONT_END_POOL));
        assertEquals("Pool de conversation permanente", french.type(ElementType.PERSISTENT_CHAT_POOL));
        assertEquals("migre vers", french.kind(LinkKind.MIGRATES_TO));
        assertEquals("Hôte", french.property("host"));
        assertEquals("持久聊天服务器池", chinese.type(ElementType.PERSISTENT_CHAT_POOL));
        assertEquals("组聊天池", chinese.type(ElementType.GROUP_CHAT_POOL));
        assertEquals("前端池", chinese.type(ElementType.FRONT_END_POOL));
        assertEquals("客户端和应用程序", chinese.palette("clients"));
    }

    @Test
    void everyTypeAndKindIsTranslatedExceptProductNames() {
        CatalogLabels english = new CatalogLabels(catalog, Locale.ENGLISH);
        for (Locale locale : List.of(FRENCH, CHINESE)) {
            CatalogLabels labels = new CatalogLabels(catalog, locale);
            for (ElementType type : ElementType.values()) {
                if (!PRODUCT_NAMED.contains(type) && !(locale == FRENCH && type == ElementType.APPLICATION)) {
                    assertNotEquals(english.type(type), labels.type(type), locale + " " + type);
                }
            }
            for (LinkKind kind : LinkKind.values()) {
                assertNotEquals(english.kind(kind), labels.kind(kind), locale + " " + kind);
            }
        }
    }

    @Test
    void aLanguageWithoutABundleFallsBackToTheCatalogNotToTheDesktopLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(FRENCH);
        try {
            CatalogLabels german = new CatalogLabels(catalog, Locale.GERMAN);
            assertEquals("Front End Pool", german.type(ElementType.FRONT_END_POOL));
            assertEquals("homed on", german.kind(LinkKind.HOMED_ON));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void whatTheBundleLacksComesFromTheCatalog() {
        ElementTypeSpec pool = catalog.spec(ElementType.FRONT_END_POOL);
        Catalog other = new Catalog(List.of(pool), List.of(),
                Map.of(ProductVersion.LYNC_2013, new Catalog.VersionLabel("Lync Server 2013", "Lync 2013")),
                Map.of("weight", new PropertySpec("weight", PropertySpec.PropertyType.STRING, null, "Weight", null)),
                List.of(), List.of(new Catalog.PaletteGroupHeader("extra", "Extras")), List.of(), null);
        CatalogLabels french = new CatalogLabels(other, FRENCH);
        assertEquals("Weight", french.property("weight"));
        assertEquals("Extras", french.palette("extra"));
        assertEquals("", french.propertyDescription("weight"));
        assertEquals("Pool de serveurs frontaux", french.type(ElementType.FRONT_END_POOL));
    }
}
