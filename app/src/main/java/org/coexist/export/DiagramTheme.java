package org.coexist.export;

import java.awt.Color;
import java.util.Locale;

/**
 * The diagram's colours, in one place (sizes are {@code geometry.DiagramGeometry}'s). The designer's stylesheet uses the same hex values, the
 * icon set is drawn in them, and the three export back ends read them from here so the outputs cannot drift.
 */
public final class DiagramTheme {
    public static final String COMMUNICATIONS = "#1f6feb";
    public static final String EXCHANGE = "#0f7b6c";
    public static final String SQL = "#b45309";
    public static final String CLIENTS = "#7c3aed";
    public static final String OTHER = "#57606a";

    public static final String ERROR = "#d1242f";
    public static final String WARNING = "#bf8700";
    public static final String FOREST_BORDER = "#8c959f";
    public static final String FOREST_FILL = "#f6f8fa";
    public static final String CANVAS = "#ffffff";
    /** Text on the canvas: names, labels, headings. */
    public static final String INK = "#1f2328";
    /** Secondary text: version badges, link kind labels. */
    public static final String MUTED_INK = "#57606a";
    /** Card outline and the lines of ordinary links. */
    public static final String LINE = "#8c959f";

    /** Dash pattern of error and warning links: drawn length, then gap. */
    public static final double DASH_ON = 8;
    public static final double DASH_OFF = 5;

    private DiagramTheme() {
    }

    /**
     * The colour of a palette group ({@code ElementTypeSpec.palette()}): "communications", "exchange", "sql",
     * "clients"; anything else is "other".
     */
    public static String familyHex(String palette) {
        if (palette == null) {
            return OTHER;
        }
        switch (palette.toLowerCase(Locale.ROOT)) {
            case "communications":
                return COMMUNICATIONS;
            case "exchange":
                return EXCHANGE;
            case "sql":
                return SQL;
            case "clients":
                return CLIENTS;
            default:
                return OTHER;
        }
    }

    public static Color familyColor(String palette) {
        return color(familyHex(palette));
    }

    /** "#rrggbb" as an AWT colour. */
    public static Color color(String hex) {
        if (hex == null || hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The colour mixed with white: 0 keeps it, 1 gives white. Used for light fills of a family colour. */
    public static Color tint(Color color, double towardsWhite) {
        double t = Math.max(0, Math.min(1, towardsWhite));
        return new Color(mix(color.getRed(), t), mix(color.getGreen(), t), mix(color.getBlue(), t));
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(channel + (255 - channel) * t);
    }
}
