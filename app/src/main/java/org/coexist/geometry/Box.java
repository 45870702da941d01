package org.coexist.geometry;

/** A rectangle in model coordinates: where a forest, pool or card is drawn. */
public record Box(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= maxX() && py <= maxY();
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the two share some point (touching borders count). */
    public boolean intersects(Box other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    public Box union(Box other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Box(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** This box grown by the margin on every side. */
    public Box grown(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public Box translated(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }
}
