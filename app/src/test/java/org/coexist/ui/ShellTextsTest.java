package org.coexist.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coexist.rules.Severity;
import org.coexist.ui.kernel.Texts;
import org.junit.jupiter.api.Test;

/** Every text key the shell's code asks for is in the bundles, so no "[key]" reaches the screen. */
class ShellTextsTest {
    private static final Pattern KEY = Pattern.compile("texts\\.(?:get|format)\\(\"([a-zA-Z.]+)\"");
    private static final Pattern ACTION_KEY = Pattern.compile("plain\\(texts, \"([a-zA-Z.]+)\"\\)");

    @Test
    void everyKeyUsedInTheShellExists() throws IOException {
        Texts texts = new Texts(Locale.ENGLISH);
        List<String> missing = new ArrayList<>();
        Path ui = Path.of("src/main/java/org/coexist/ui");
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().contains("/canvas/")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(KEY, ACTION_KEY)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        // A key ending in a dot is a prefix completed at run time: checked below.
                        if (!m.group(1).endsWith(".") && !texts.has(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        // Keys the code builds from values.
        for (Severity severity : Severity.values()) {
            check(texts, "severity." + severity.name(), missing);
        }
        for (String mode : List.of("native", "mixed", "unknown")) {
            check(texts, "inspector.orgMode." + mode, missing);
        }
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }

    private static void check(Texts texts, String key, List<String> missing) {
        if (!texts.has(key)) {
            missing.add(key);
        }
    }
}
