package org.coexist.geometry;

/** A straight piece of line in model coordinates: where a link is drawn, from its source to its target. */
public record Segment(double x1, double y1, double x2, double y2) {

    public double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /** The smallest box holding the segment. */
    public Box box() {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** Whether the segment passes through the area (Liang-Barsky clipping). */
    public boolean meets(Box area) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - area.x(), area.maxX() - x1, y1 - area.y(), area.maxY() - y1};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }

    /** The distance from the point to the nearest point of the segment. */
    public double distanceTo(double x, double y) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
