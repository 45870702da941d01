package org.coexist.rules;

import static org.coexist.model.ElementType.EXCHANGE_SERVER;
import static org.coexist.model.ElementType.MAILBOX_SERVER;
import static org.coexist.model.ProductVersion.EXCHANGE_2007;
import static org.coexist.model.ProductVersion.EXCHANGE_5_5;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;

/** An engine made for a language writes its findings and rule summaries in that language. */
class LocalizedMessagesTest {
    private static final ValidationEngine FRENCH = new ValidationEngine(Fixture.CATALOG, Locale.FRENCH);
    private static final ValidationEngine CHINESE = new ValidationEngine(Fixture.CATALOG, Locale.SIMPLIFIED_CHINESE);

    private static String message(ValidationEngine engine, Fixture fixture, String rule) {
        List<String> messages = engine.validate(fixture.topology).stream().filter(f -> f.rule().equals(rule))
                .map(Finding::message).toList();
        assertEquals(1, messages.size(), rule + ": " + messages);
        return messages.get(0);
    }

    @Test
    void elementNamesAndTypeLabelsAreSubstitutedInTheEnginesLanguage() {
        Fixture f = new Fixture().element("mbx01", MAILBOX_SERVER, EXCHANGE_2007, "architecture", "x86");
        assertEquals("Mailbox Server mbx01 (Exchange 2007) runs on x86: Exchange 2007 requires 64-bit hardware in "
                + "production", message(Fixture.ENGINE, f, "exchange2007-x86"));
        assertEquals("Serveur de boîtes aux lettres mbx01 (Exchange 2007) fonctionne en x86 : Exchange 2007 exige "
                + "du matériel 64 bits en production", message(FRENCH, f, "exchange2007-x86"));
        assertEquals("邮箱服务器 mbx01（Exchange 2007） 运行在 x86 上：生产环境中的 Exchange 2007 需要 64 位硬件",
                message(CHINESE, f, "exchange2007-x86"));
    }

    @Test
    void choicesAndLinkKindsAreTranslatedToo() {
        Fixture f = new Fixture().element("ex55a", EXCHANGE_SERVER, EXCHANGE_5_5)
                .element("ex55b", EXCHANGE_SERVER, EXCHANGE_5_5).element("mbx01", MAILBOX_SERVER, EXCHANGE_2007);
        assertEquals("La forêt f1.example.com contient des serveurs Exchange 5.5 et Exchange 2007 : la coexistence "
                + "avec Exchange 5.5 n’est pas prise en charge (2 serveurs Exchange 5.5)",
                message(FRENCH, f, "exchange55-with-2007"));
        assertEquals("林 f1.example.com 中同时有 Exchange 5.5 和 Exchange 2007 服务器：不支持与 Exchange 5.5 共存"
                + "（2 台 Exchange 5.5 服务器）", message(CHINESE, f, "exchange55-with-2007"));

        Fixture wrong = new Fixture().element("sql01", ElementType.SQL_INSTANCE, ProductVersion.SQL_2012)
                .element("users", ElementType.LYNC_CLIENT, ProductVersion.LYNC_2013)
                .link("l1", LinkKind.HOMED_ON, "sql01", "users");
        assertEquals("Instance SQL Server sql01 (SQL 2012) ne peut pas être relié à Client Lync users (Lync 2013) "
                + "par « hébergé sur » : ce type de lien ne joint pas ces éléments",
                message(FRENCH, wrong, "link-kind-endpoints"));
    }

    @Test
    void everyRuleHasItsOwnSummaryInEachLanguage() {
        List<RuleDescriptor> english = Fixture.ENGINE.rules();
        for (ValidationEngine engine : List.of(FRENCH, CHINESE)) {
            List<RuleDescriptor> translated = engine.rules();
            assertEquals(english.size(), translated.size());
            for (int i = 0; i < english.size(); i++) {
                assertEquals(english.get(i).id(), translated.get(i).id());
                assertNotEquals(english.get(i).summary(), translated.get(i).summary(), english.get(i).id());
                assertEquals(english.get(i).source(), translated.get(i).source(), "sources stay as quoted");
            }
        }
    }
}
