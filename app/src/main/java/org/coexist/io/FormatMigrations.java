package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place that knows the file format's versions: it checks the header ({@code format}, {@code version}),
 * refuses files of a newer Coexist, and brings older files up to the current version on the untyped tree, one
 * step at a time, before anything is bound to the model.
 */
final class FormatMigrations {
    static final String FORMAT = "coexist-topology";
    static final int CURRENT_VERSION = 1;

    /** Upgrades a document, in place, from one version to the next. */
    @FunctionalInterface
    interface Step {
        void upgrade(ObjectNode root, String file) throws TopologyFileException;
    }

    /** Steps by the version they upgrade from. */
    private final Map<Integer, Step> steps;

    /** Version 1 is the first version of the format: there is nothing older to upgrade yet. */
    FormatMigrations() {
        this(Map.of());
    }

    /** With the given steps, keyed by the version each upgrades from (to that version + 1). */
    FormatMigrations(Map<Integer, Step> steps) {
        this.steps = new TreeMap<>(steps);
        this.steps.keySet().forEach(from -> {
            if (from >= CURRENT_VERSION) {
                throw new IllegalArgumentException("a step from version " + from + " upgrades past the current "
                        + CURRENT_VERSION);
            }
        });
    }

    /** The oldest version that a chain of steps brings up to the current one. */
    int oldestReadable() {
        int oldest = CURRENT_VERSION;
        while (steps.containsKey(oldest - 1)) {
            oldest--;
        }
        return oldest;
    }

    /** Checks the header and returns the document at the current version. */
    ObjectNode toCurrent(ObjectNode root, String file) throws TopologyFileException {
        checkFormat(root, file);
        int version = version(root, file);
        for (int from = version; from < CURRENT_VERSION; from++) {
            steps.get(from).upgrade(root, file);
            root.put("version", from + 1);
        }
        return root;
    }

    private static void checkFormat(ObjectNode root, String file) throws TopologyFileException {
        JsonNode format = root.get("format");
        String expected = "\"format\": \"" + FORMAT + "\"";
        if (format == null) {
            throw new TopologyFileException(file, "$", "not a Coexist topology: no \"format\"", expected);
        }
        if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new TopologyFileException(file, "$.format", "not a Coexist topology: the format is "
                    + JsonText.describe(format), expected);
        }
    }

    private int version(ObjectNode root, String file) throws TopologyFileException {
        JsonNode node = root.get("version");
        String expected = oldestReadable() == CURRENT_VERSION ? "the integer " + CURRENT_VERSION
                : "an integer version from " + oldestReadable() + " to " + CURRENT_VERSION;
        if (node == null) {
            throw new TopologyFileException(file, "$", "no \"version\"", "\"version\": " + CURRENT_VERSION);
        }
        if (!node.isIntegralNumber()) {
            throw new TopologyFileException(file, "$.version", "the version is " + JsonText.describe(node), expected);
        }
        boolean tooHigh = node.canConvertToInt() ? node.intValue() > CURRENT_VERSION
                : node.bigIntegerValue().signum() > 0;
        if (tooHigh) {
            throw new TopologyFileException(file, "$.version", "written by a newer Coexist: file version "
                    + node.asText() + ", this Coexist reads up to " + CURRENT_VERSION,
                    "a file of version " + CURRENT_VERSION + " or older");
        }
        if (!node.canConvertToInt() || node.intValue() < oldestReadable()) {
            throw new TopologyFileException(file, "$.version", "file version " + node.asText() + " is unknown",
                    expected);
        }
        int version = node.intValue();
        return version;
    }
}
