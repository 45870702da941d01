package org.coexist.model.edit;

import java.util.HashSet;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Topology;

/** Sensible names for new things: "pool01", "edge02", "forest1.local". */
public final class Naming {
    private Naming() {
    }

    /** The stem followed by the lowest two-digit number no element is named with yet. */
    public static String nextElementName(Topology topology, String stem) {
        Set<String> taken = new HashSet<>();
        for (Element element : topology.elements()) {
            taken.add(element.name());
        }
        return firstFree(taken, stem, "");
    }

    public static String nextForestName(Topology topology) {
        Set<String> taken = new HashSet<>();
        for (Forest forest : topology.forests()) {
            taken.add(forest.name());
        }
        return firstFree(taken, "forest", ".local");
    }

    private static String firstFree(Set<String> taken, String stem, String suffix) {
        for (int n = 1; ; n++) {
            String candidate = String.format("%s%02d%s", stem, n, suffix);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
