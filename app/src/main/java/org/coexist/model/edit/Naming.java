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

    /**
     * The other element named {@code candidate} (ignoring case and surrounding blanks), or null: elements are
     * servers, pools and instances known by their names, so two of one name would be two findings' subjects nobody
     * can tell apart.
     */
    public static Element elementNamed(Topology topology, String candidate, String exceptId) {
        String wanted = candidate.strip();
        for (Element element : topology.elements()) {
            if (!element.id().equals(exceptId) && element.name().strip().equalsIgnoreCase(wanted)) {
                return element;
            }
        }
        return null;
    }

    /** The other forest named {@code candidate} (ignoring case and surrounding blanks), or null. */
    public static Forest forestNamed(Topology topology, String candidate, String exceptId) {
        String wanted = candidate.strip();
        for (Forest forest : topology.forests()) {
            if (!forest.id().equals(exceptId) && forest.name().strip().equalsIgnoreCase(wanted)) {
                return forest;
            }
        }
        return null;
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
