package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast template agrees with MessageFormat: it fills plain placeholders and choices itself, and leaves anything
 * else (quotes, number formats) to MessageFormat.
 */
class TemplateTest {

    private static void agrees(String pattern, Object... words) {
        assertEquals(new MessageFormat(pattern, Locale.ENGLISH).format(words),
                Template.compile(pattern).format(words, Locale.ENGLISH), pattern);
    }

    @Test
    void plainPlaceholdersInAnyOrderAndRepeated() {
        agrees("{1} cannot archive for {0}: {1} again", "pool01", "arch01");
        agrees("no placeholder at all");
        agrees("{0}", "only");
    }

    @Test
    void choicesAsMessageFormatChoosesAndWritesThem() {
        for (int count : new int[] {-1, 0, 1, 2, 3, 1234}) {
            agrees("{0} has {1,choice,0#no pool|1#one pool|1<{1} pools}", "client", count);
            agrees("{1,choice,0#the pool {2}|1#{2} in {0}|2#none} and {1}", "forest", count, "pool01");
        }
        Locale french = Locale.FRENCH;
        assertEquals(new MessageFormat("{0,choice,1#un serveur|1<{0} serveurs}", french).format(new Object[] {12345}),
                Template.compile("{0,choice,1#un serveur|1<{0} serveurs}").format(new Object[] {12345}, french));
    }

    @Test
    void quotesAndFormatsGoThroughMessageFormat() {
        agrees("the user''s pool {0}", "pool01");
        agrees("'{0}' is literal, {1} is not", "a", "b");
        agrees("{0,number,#.##} pools", 3.14159);
    }

    /** Every rule message of every language, with numbers where a choice needs one, as MessageFormat writes it. */
    @Test
    void everyRuleMessageAgrees() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle(MessageRenderer.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (!key.endsWith(".message")) {
                    continue;
                }
                Matcher choices = Pattern.compile("\\{(\\d+),choice").matcher(pattern);
                Set<Integer> numbers = new HashSet<>();
                while (choices.find()) {
                    numbers.add(Integer.parseInt(choices.group(1)));
                }
                for (int count : new int[] {0, 1, 2, 1234}) {
                    Object[] words = new Object[8];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = numbers.contains(i) ? (Object) count : "word" + i;
                    }
                    assertEquals(new MessageFormat(pattern, locale).format(words),
                            Template.compile(pattern).format(words, locale), key + " in " + locale);
                }
            }
        }
    }
}
