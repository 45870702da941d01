package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.model.Phase;
import org.coexist.model.Topology;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: French findings read "La base de données principale de Pool de serveurs frontaux …". On the real
 * findings of every sample (the whole design and each phase), French messages name elements with their article,
 * contracted after "de" and "à", common nouns in lower case, and start with a capital.
 */
class FrenchFindingsGrammarTest {
    private static final ValidationEngine FRENCH = new ValidationEngine(Fixture.CATALOG, Locale.FRENCH);
    /** The common nouns French type labels start with: after a preposition or an article they must be lower case. */
    private static final String TYPE_NOUNS = "Pool|Serveur|Instance|Outils|Client|Application|Directeur|Proxy|Console";
    private static final Pattern CAPITALISED_AFTER = Pattern.compile(
            "(?:^|[\\s(])(?:de|du|des|d’|à|au|aux|avec|sur|vers|par|pour|que|qu’|et|le|la|les|l’|un|une) (?:"
                    + TYPE_NOUNS + ")\\b");
    private static final Pattern UNCONTRACTED = Pattern.compile("(?:^|\\s)(?:[Dd]e|[Àà]) (?:le|les) ");
    private static final Pattern DOUBLED = Pattern.compile("(?:^|\\s)(?:le|la|les|l’|du|au|aux|des|un|une) (?:le|la|les|l’|un|une) ");

    private static List<String> sampleNames() throws IOException {
        try (InputStream in = FrenchFindingsGrammarTest.class.getResourceAsStream("/assets/samples/index.json")) {
            List<String> names = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(node -> names.add(node.asText()));
            return names;
        }
    }

    private static Topology load(String name) throws IOException, TopologyFileException {
        try (InputStream in = FrenchFindingsGrammarTest.class.getResourceAsStream("/assets/samples/" + name)) {
            return new TopologyReader(Fixture.CATALOG).read(in.readAllBytes(), name);
        }
    }

    /** Every French message of every sample: the whole design's (plan findings included) and each phase's. */
    private static Set<String> messages() throws Exception {
        Set<String> messages = new LinkedHashSet<>();
        for (String name : sampleNames()) {
            Topology topology = load(name);
            FRENCH.validate(topology).forEach(f -> messages.add(f.message()));
            for (Phase phase : topology.phases()) {
                FRENCH.validate(topology.without(phase.hidden())).forEach(f -> messages.add(f.message()));
            }
        }
        return messages;
    }

    private static List<String> matching(Set<String> messages, Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (String message : messages) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                found.add("«" + m.group().trim() + "» in: " + message);
            }
        }
        return found;
    }

    @Test
    void realFindingsNameElementsWithTheirArticlesInLowerCase() throws Exception {
        Set<String> messages = messages();
        assertTrue(messages.size() > 60, "the samples' findings are read: " + messages.size());
        assertEquals(List.of(), matching(messages, CAPITALISED_AFTER), "a type's common noun in capitals");
        assertEquals(List.of(), matching(messages, UNCONTRACTED), "« de le » is « du », « à le » is « au »");
        assertEquals(List.of(), matching(messages, DOUBLED), "two articles in a row");
        List<String> lowerCaseStart = messages.stream().filter(m -> !Character.isUpperCase(m.codePointAt(0)))
                .toList();
        assertEquals(List.of(), lowerCaseStart, "a message starts with a capital");
        assertTrue(messages.stream().noneMatch(m -> m.indexOf(FrenchArticles.MARK) >= 0), "no mark is left");
    }

    @Test
    void contractionsAndCapitalsHappenOnRealFindings() throws Exception {
        Set<String> messages = messages();
        assertTrue(messages.stream().anyMatch(m -> m.contains(" du pool de serveurs frontaux ")),
                "« de » + « le pool » contracts on some finding");
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Le pool de serveurs frontaux ")),
                "a message that starts with an element capitalises its article");
        assertTrue(messages.stream().anyMatch(m -> m.contains(" l’instance SQL Server ")),
                "feminine and elided articles");
    }

    @Test
    void theRulesOnlyTouchArticlesTheRendererPut() {
        char mark = FrenchArticles.MARK;
        assertEquals("La base de données principale du pool de serveurs frontaux pool01 (OCS 2007 R2) partage",
                FrenchArticles.apply("La base de données principale de " + mark + "le pool de serveurs frontaux "
                        + "pool01 (OCS 2007 R2) partage"));
        assertEquals("L’instance SQL Server sql01 (SQL 2008) route vers l’application de le labo",
                FrenchArticles.apply(mark + "l’instance SQL Server sql01 (SQL 2008) route vers " + mark
                        + "l’application de le labo"), "a name's own « de le » stays as typed");
    }
}
