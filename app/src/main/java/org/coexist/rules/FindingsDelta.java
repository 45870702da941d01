package org.coexist.rules;

import java.util.List;

/** What one revalidation changed: findings that appeared and findings that went away. */
public record FindingsDelta(List<Finding> added, List<Finding> removed) {

    public FindingsDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
