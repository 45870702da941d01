package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast template agrees with MessageFormat, which stays in charge of everything but plain placeholders. */
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
    void choicesQuotesAndFormatsGoThroughMessageFormat() {
        agrees("{0} has {1,choice,0#no pool|1#one pool|1<{1} pools}", "client", 3);
        agrees("the user''s pool {0}", "pool01");
        agrees("'{0}' is literal, {1} is not", "a", "b");
    }
}
