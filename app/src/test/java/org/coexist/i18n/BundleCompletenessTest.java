package org.coexist.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every base bundle under src/main/resources (a {@code .properties} file without a language suffix) has a French
 * and a Simplified Chinese variant with every key of the English one, the same MessageFormat arguments, and
 * apostrophes quoted the way the English quotes them.
 */
class BundleCompletenessTest {
    static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "resources");
    static final List<String> LANGUAGES = List.of("fr", "zh_CN");
    private static final Pattern SUFFIXED = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !SUFFIXED.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    static Path variant(Path base, String language) {
        String name = base.getFileName().toString();
        return base.resolveSibling(name.replace(".properties", "_" + language + ".properties"));
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The argument indexes a pattern uses, nested choice formats included; quoted text does not count. */
    static Set<Integer> arguments(String pattern) {
        String unquoted = QUOTED.matcher(pattern.replace("''", "")).replaceAll("");
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    private static long loneQuotes(String pattern) {
        return pattern.replace("''", "").chars().filter(c -> c == '\'').count();
    }

    @Test
    void findsTheKnownBaseBundles() throws IOException {
        List<String> names = baseBundles().stream().map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                .toList();
        assertTrue(names.containsAll(List.of("org/coexist/rules/RuleMessages.properties",
                "org/coexist/model/edit/EditNames.properties", "org/coexist/model/catalog/CatalogLabels.properties",
                "org/coexist/ui/Messages.properties", "org/coexist/ui/canvas/CanvasMessages.properties")), names
                .toString());
    }

    @Test
    void everyBaseBundleIsTranslatedCompletely() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Properties english = load(base);
            for (String language : LANGUAGES) {
                Path file = variant(base, language);
                String where = RESOURCES.relativize(file).toString();
                if (!Files.exists(file)) {
                    problems.add(where + ": missing");
                    continue;
                }
                Properties translated = load(file);
                for (String key : new TreeSet<>(english.stringPropertyNames())) {
                    String theirs = translated.getProperty(key);
                    if (theirs == null) {
                        problems.add(where + ": no " + key);
                        continue;
                    }
                    checkPattern(where + " " + key, english.getProperty(key), theirs, problems);
                }
                for (String key : translated.stringPropertyNames()) {
                    if (!english.containsKey(key)) {
                        problems.add(where + ": " + key + " is not in the English bundle");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkPattern(String where, String english, String theirs, List<String> problems) {
        if (!arguments(english).equals(arguments(theirs))) {
            problems.add(where + ": arguments " + arguments(theirs) + ", English has " + arguments(english));
        }
        if (theirs.isBlank() && !english.isBlank()) {
            problems.add(where + ": empty");
        }
        if (!arguments(english).isEmpty()) {
            // Patterns with arguments go through MessageFormat: a lone apostrophe would swallow text.
            if (loneQuotes(english) != loneQuotes(theirs)) {
                problems.add(where + ": apostrophes must be doubled ('') in a pattern with arguments");
            }
            try {
                new MessageFormat(theirs);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": not a MessageFormat pattern: " + e.getMessage());
            }
        }
    }

    @Test
    void theCheckCatchesWhatItShould() {
        assertEquals(Set.of(0, 1, 2), arguments("{0} a {1,choice,0#x|1#{2} y}"));
        assertEquals(Set.of(1), arguments("l''{1} '{0}'"));
        List<String> problems = new ArrayList<>();
        checkPattern("k", "{0} and {1}", "{0} et {2}", problems);
        checkPattern("k", "{0} isn''t", "{0} n'est", problems);
        checkPattern("k", "{0} here", "{0} ici", problems);
        assertEquals(2, problems.size(), problems.toString());
    }
}
