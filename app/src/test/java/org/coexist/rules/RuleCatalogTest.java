package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The rule catalog: complete, consistent with its messages and its sources, and refused when malformed. */
class RuleCatalogTest {
    private static final List<RuleDescriptor> RULES = Fixture.ENGINE.rules();

    @Test
    void coversEveryNumberOfDomainMdAndTheStructuralRule() {
        Set<Integer> numbers = RULES.stream().map(RuleDescriptor::number).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IntStream.rangeClosed(0, 72).boxed().collect(Collectors.toCollection(TreeSet::new)), numbers);
        assertEquals(RULES.size(), RULES.stream().map(RuleDescriptor::id).distinct().count(), "ids are unique");
        assertEquals("link-kind-endpoints", RULES.get(0).id());
        assertEquals("structural", RULES.get(0).form());
    }

    /**
     * A rule has several entries where its verdicts differ in severity (18 and 24: an error and a warning) or where
     * domain.md version 2 extends it to a version or type another document speaks for (16 and 18: Exchange 2010,
     * EX10; 28: Persistent Chat, L13-pchat-migration), so that each finding cites the document that says it;
     * later rules likewise (64, 66, 69).
     */
    @Test
    void rulesHaveSeveralEntriesOnlyWhereTheirVerdictsOrDocumentsDiffer() {
        Map<Integer, List<RuleDescriptor>> byNumber = RULES.stream()
                .collect(Collectors.groupingBy(RuleDescriptor::number));
        // Verdicts of two severities (18, 24, 58) or a document per case (16, 18, 28; 48, 58, 66, 69), conditions of
        // two scopes (64): an entry each.
        Map<Integer, Set<Severity>> severities = Map.of(16, Set.of(Severity.WARNING),
                18, Set.of(Severity.ERROR, Severity.WARNING), 24, Set.of(Severity.ERROR, Severity.WARNING),
                28, Set.of(Severity.ERROR), 58, Set.of(Severity.ERROR, Severity.WARNING));
        Map<Integer, Integer> entriesPerCase = Map.of(48, 2, 64, 2, 66, 2, 69, 4);
        byNumber.forEach((number, entries) -> {
            if (severities.containsKey(number)) {
                assertEquals(severities.get(number),
                        entries.stream().map(RuleDescriptor::severity).collect(Collectors.toSet()), "rule " + number);
                assertTrue(entries.size() > 1, "rule " + number);
            } else {
                assertEquals(entriesPerCase.getOrDefault(number, 1), entries.size(), "rule " + number);
                assertEquals(1, entries.stream().map(RuleDescriptor::severity).distinct().count(), "rule " + number);
            }
        });
        assertEquals(Set.of("seed-002", "EX10"), sourcesOf(byNumber.get(16)));
        assertEquals(Set.of("seed-002", "EX10"), sourcesOf(byNumber.get(18)));
        assertEquals(Set.of("seed-004", "L13-pchat-migration"), sourcesOf(byNumber.get(28)));
        Set<Integer> warnings = RULES.stream().filter(r -> r.severity() == Severity.WARNING && r.number() != 18
                && r.number() != 24 && r.number() != 58).map(RuleDescriptor::number).collect(Collectors.toSet());
        assertEquals(Set.of(2, 4, 16, 21, 25, 33, 39, 40, 49, 53, 54, 55, 56, 57, 59, 60, 64, 65, 71, 72), warnings,
                "the W rules of domain.md");
    }

    @Test
    void onlyRule72LooksAtTheOrderOfThePhases() {
        assertEquals(List.of("group-chat-retired-before-legacy"),
                RULES.stream().filter(RuleDescriptor::plan).map(RuleDescriptor::id).toList());
    }

    private static Set<String> sourcesOf(List<RuleDescriptor> entries) {
        return entries.stream().map(r -> r.source().document().id()).collect(Collectors.toSet());
    }

    @Test
    void everyRuleHasASummaryAndAMessageThatParsesInTheEnglishBase() {
        ResourceBundle english = ResourceBundle.getBundle(MessageRenderer.BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        for (RuleDescriptor rule : RULES) {
            assertFalse(english.getString(rule.id() + ".summary").isBlank(), rule.id());
            String message = english.getString(rule.id() + ".message");
            assertTrue(new MessageFormat(message).getFormatsByArgumentIndex().length > 0,
                    rule.id() + " names what it is about");
            assertEquals(rule.summary(), english.getString(rule.id() + ".summary"));
        }
    }

    @Test
    void everyQuoteIsASentenceOfItsSeedInTheSeedsOwnLanguage() throws IOException {
        Path shared = Path.of(System.getProperty("coexist.shared.dir", "../../shared"));
        Assumptions.assumeTrue(Files.exists(shared.resolve("domain.md")), "shared/ beside the project");
        String domain = normalized(shared.resolve("domain.md"));
        for (RuleDescriptor rule : RULES) {
            String seed = rule.source().document().seedFile();
            if (seed == null) {
                // Documents we hold no copy of: domain.md quotes their sentences verbatim, checked against them.
                assertTrue(domain.contains(rule.source().quote()), rule.id() + " quotes what domain.md quotes");
                continue;
            }
            Path file = seed.equals("domain.md") ? shared.resolve(seed) : shared.resolve("seeds").resolve(seed);
            assertTrue(normalized(file).contains(rule.source().quote())
                    || outsideTheSeedsCopy(shared.resolve("domain.md"), rule.source().quote()),
                    rule.id() + " quotes " + seed);
        }
    }

    @Test
    void everySourceHasATitleAndAnAddressAUserCanOpen() {
        for (RuleDescriptor rule : RULES) {
            SourceDocument document = rule.source().document();
            assertFalse(document.title().isBlank(), rule.id());
            assertTrue(document.address().startsWith("http") || rule.id().equals("link-kind-endpoints"),
                    rule.id() + " has an address to open: " + document.address());
            assertFalse(rule.source().cite().contains(".txt"), rule.id() + " shows no seed file name");
        }
    }

    /** Whether domain.md quotes the sentence and says it is on the seed's page but not in our text copy. */
    private static boolean outsideTheSeedsCopy(Path domain, String quote) throws IOException {
        for (String line : Files.readAllLines(domain, StandardCharsets.UTF_8)) {
            if (line.contains(quote) && line.contains("not in the seed's text copy")) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\s\\u00a0]+", " ");
    }

    @Test
    void formsAreDataForMatchersAndCheckerForCode() {
        Set<String> forms = new HashSet<>();
        RULES.forEach(r -> forms.add(r.form()));
        assertEquals(Set.of("structural", "data", "checker"), forms);
        assertEquals("data", RULES.stream().filter(r -> r.id().equals("ocs-r2-archiving-version")).findFirst()
                .orElseThrow().form());
    }

    private static RuleDataException malformed(String entry) {
        String json = "{\"rules\": 1, \"entries\": [" + entry + "]}";
        return assertThrows(RuleDataException.class, () -> RuleCatalogReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-rules.json"));
    }

    private static final String SOURCE = "\"source\": {\"ref\": \"seed-000\", \"quote\": \"q\"}";

    @Test
    void anUnknownTypeInAMatcherNamesTheFileTheEntryAndTheField() {
        RuleDataException e = malformed("{\"id\": \"bad-rule\", \"number\": 5, \"severity\": \"ERROR\", "
                + "\"form\": \"data\", " + SOURCE + ", \"matchers\": [{\"kind\": \"ARCHIVES_TO\", "
                + "\"from\": {\"types\": [\"FRONT_END_POOLS\"]}}]}");
        assertTrue(e.getMessage().startsWith("test-rules.json: entry 0 (bad-rule): matchers[0].from.types"),
                e.getMessage());
        assertTrue(e.getMessage().contains("FRONT_END_POOLS"), e.getMessage());
    }

    @Test
    void otherMalformedEntriesAreRefusedWithTheirReason() {
        assertTrue(malformed("{\"id\": \"r\", \"number\": 1, \"form\": \"checker\", " + SOURCE + "}")
                .getMessage().contains("\"severity\""));
        assertTrue(malformed("{\"id\": \"Not_Kebab\", \"number\": 1, \"severity\": \"ERROR\", \"form\": \"checker\", "
                + SOURCE + "}").getMessage().contains("kebab"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 73, \"severity\": \"ERROR\", \"form\": \"checker\", "
                + SOURCE + "}").getMessage().contains("number"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"data\", "
                + SOURCE + ", \"matchers\": []}").getMessage().contains("matchers"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"checker\", "
                + "\"inferred\": true, " + SOURCE + "}").getMessage().contains("inferred"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"checker\", "
                + "\"severty\": 1, " + SOURCE + "}").getMessage().contains("unknown field \"severty\""));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"checker\", "
                + SOURCE + ", \"unless\": [{\"kind\": \"MANAGES\"}]}").getMessage().contains("only data rules"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"data\", "
                + SOURCE + ", \"matchers\": [{\"kind\": \"MANAGES\"}], \"unless\": [{\"kind\": \"MANAGE\"}]}")
                .getMessage().contains("unless[0].kind"));
        assertTrue(malformed("{\"id\": \"r\", \"number\": 25, \"severity\": \"ERROR\", \"form\": \"data\", "
                + SOURCE + ", \"matchers\": [{\"kind\": \"MANAGES\"}], \"skipsInPlaceUpgradePairs\": \"yes\"}")
                .getMessage().contains("skipsInPlaceUpgradePairs"));
        String twice = "{\"id\": \"r\", \"number\": 4, \"severity\": \"ERROR\", \"form\": \"checker\", " + SOURCE + "}";
        assertTrue(malformed(twice + ", " + twice).getMessage().contains("entry 1 (r): the id is used twice"));
    }

    @Test
    void aNewerFormatVersionOrBrokenJsonIsRefused() {
        RuleDataException newer = assertThrows(RuleDataException.class, () -> RuleCatalogReader.read(
                new ByteArrayInputStream("{\"rules\": 2, \"entries\": []}".getBytes(StandardCharsets.UTF_8)),
                "test-rules.json"));
        assertTrue(newer.getMessage().contains("version 2"), newer.getMessage());
        RuleDataException broken = assertThrows(RuleDataException.class, () -> RuleCatalogReader.read(
                new ByteArrayInputStream("{\"rules\": ".getBytes(StandardCharsets.UTF_8)), "test-rules.json"));
        assertTrue(broken.getMessage().startsWith("test-rules.json: not valid JSON"), broken.getMessage());
    }

    @Test
    void aCheckerEntryWithoutCodeOrCodeWithoutEntryStopsTheEngine() {
        List<RuleEntry> bundled = ValidationEngine.readBundledRules();
        List<RuleEntry> withUnknown = new java.util.ArrayList<>(bundled);
        withUnknown.add(new RuleEntry("no-such-checker", 3, Severity.ERROR, "checker",
                new RuleSource(SourceCatalog.readBundled().find("seed-000"), "q"), false, List.of(), List.of()));
        RuleDataException unknown = assertThrows(RuleDataException.class,
                () -> new ValidationEngine(Fixture.CATALOG, Locale.ENGLISH, withUnknown));
        assertTrue(unknown.getMessage().contains("entry no-such-checker"), unknown.getMessage());
        List<RuleEntry> missing = bundled.stream().filter(r -> !r.id().equals("chat-pool-not-homed")).toList();
        RuleDataException orphan = assertThrows(RuleDataException.class,
                () -> new ValidationEngine(Fixture.CATALOG, Locale.ENGLISH, missing));
        assertTrue(orphan.getMessage().contains("chat-pool-not-homed"), orphan.getMessage());
    }
}
