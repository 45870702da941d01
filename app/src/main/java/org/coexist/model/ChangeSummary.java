package org.coexist.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one topology has that another has not, counted by id: forests, elements, links and phases added, removed
 * and changed (same id, other content: moved, renamed, another version or property). Tells the user what a
 * recovered copy would bring back compared with the file on disk.
 */
public record ChangeSummary(Counts forests, Counts elements, Counts links, Counts phases, boolean documentChanged) {

    /** How many records of one kind were added, removed and changed. */
    public record Counts(int added, int removed, int changed) {
        public boolean isEmpty() {
            return added == 0 && removed == 0 && changed == 0;
        }
    }

    /** What {@code after} adds, removes and changes compared with {@code before}. */
    public static ChangeSummary between(Topology before, Topology after) {
        boolean document = !before.name().equals(after.name())
                || !Objects.equals(before.description(), after.description());
        return new ChangeSummary(counts(before.forests(), after.forests(), Forest::id),
                counts(before.elements(), after.elements(), Element::id),
                counts(before.links(), after.links(), Link::id),
                counts(before.phases(), after.phases(), Phase::id), document);
    }

    public boolean isEmpty() {
        return !documentChanged && forests.isEmpty() && elements.isEmpty() && links.isEmpty() && phases.isEmpty();
    }

    private static <T> Counts counts(Collection<T> before, Collection<T> after, Function<T, String> id) {
        Map<String, T> old = before.stream().collect(Collectors.toMap(id, Function.identity()));
        int added = 0;
        int changed = 0;
        int kept = 0;
        for (T record : after) {
            T was = old.get(id.apply(record));
            if (was == null) {
                added++;
            } else {
                kept++;
                if (!was.equals(record)) {
                    changed++;
                }
            }
        }
        return new Counts(added, old.size() - kept, changed);
    }
}
