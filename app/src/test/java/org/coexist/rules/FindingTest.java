package org.coexist.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A finding whose message is rendered when read is the same value as one given its message. */
class FindingTest {
    private static final RuleSource SOURCE = new RuleSource(
            new SourceDocument("s1", "A title", "https://example.com/a", "en", null), "A quote.");

    @Test
    void aLazyFindingRendersItsMessageOnceAndEqualsTheGivenOne() {
        AtomicInteger renders = new AtomicInteger();
        Finding lazy = new Finding("R1", Severity.ERROR, List.of("e1"), SOURCE, null, () -> {
            renders.incrementAndGet();
            return "Pool p1 is wrong.";
        });
        Finding given = new Finding("R1", Severity.ERROR, List.of("e1"), "Pool p1 is wrong.", SOURCE);

        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals(0, renders.get(), "hashing renders nothing");
        assertEquals(given, lazy);
        assertEquals("Pool p1 is wrong.", lazy.message());
        assertEquals(given.toString(), lazy.toString());
        assertEquals(1, renders.get());
    }

    @Test
    void findingsThatDifferOnlyInTheirMessageAreNotEqual() {
        Finding lazy = new Finding("R1", Severity.WARNING, List.of("e1"), SOURCE, "ph1", () -> "One message.");
        Finding other = new Finding("R1", Severity.WARNING, List.of("e1"), "Another message.", SOURCE, "ph1");

        assertNotEquals(other, lazy);
        assertNotEquals(lazy, other);
    }
}
