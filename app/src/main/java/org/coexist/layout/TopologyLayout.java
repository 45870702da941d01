package org.coexist.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coexist.geometry.DiagramGeometry;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one forest with the Eclipse Layout Kernel's layered algorithm, top to bottom: an Edge at the top (the
 * perimeter side), pools below what routes to them, back ends below their pools, members inside their pool. A pool's
 * members are laid out first, so the pool gets the explicit size that holds them; then the forest's cards and pools
 * are laid out as one graph whose links are the topology's (a member's links count as its pool's).
 *
 * <p>Sizes, headers and padding are those of {@link DiagramGeometry}, which the canvas and the exporters draw
 * with: every element gets its size explicitly (a card its type's default, a pool the room its members need).
 */
public final class TopologyLayout {
    private static final double HEADER = DiagramGeometry.FOREST_HEADER;
    private static final double POOL_HEADER = DiagramGeometry.POOL_HEADER;
    private static final double PADDING = DiagramGeometry.PADDING;
    private static final double NODE_SPACING = 40;
    private static final double LAYER_SPACING = 60;

    private final DiagramGeometry geometry;

    public TopologyLayout(DiagramGeometry geometry) {
        this.geometry = geometry;
    }

    /** A forest placed at its new bounds and its elements at their new places and sizes. */
    public record Arranged(Forest forest, List<Element> elements) {
    }

    /**
     * Lays out the forest's elements (all of them in that forest), the forest's top left corner at (x, y).
     * Positions are whole numbers, as the file format writes them.
     */
    public Arranged arrange(Forest forest, List<Element> elements, List<Link> links, double x, double y) {
        Map<String, Element> byId = new LinkedHashMap<>();
        elements.forEach(e -> byId.put(e.id(), e));
        Map<String, List<Element>> members = new HashMap<>();
        for (Element element : elements) {
            if (element.parent() != null && byId.containsKey(element.parent())) {
                members.computeIfAbsent(element.parent(), k -> new ArrayList<>()).add(element);
            }
        }
        ElkNode root = graph(Direction.DOWN, new ElkPadding(HEADER + PADDING / 2, PADDING, PADDING, PADDING));
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, Map<String, ElkNode>> memberNodes = new HashMap<>();
        for (Element element : elements) {
            if (element.parent() != null && byId.containsKey(element.parent())) {
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(root);
            if (geometry.isContainer(element)) {
                List<Element> inside = members.getOrDefault(element.id(), List.of());
                Map<String, ElkNode> laidOut = layOutMembers(inside);
                memberNodes.put(element.id(), laidOut);
                double[] size = poolSize(laidOut.values());
                node.setDimensions(size[0], size[1]);
            } else {
                node.setDimensions(geometry.width(element), geometry.height(element));
            }
            if (element.type() == ElementType.EDGE_SERVER || element.type() == ElementType.EDGE_TRANSPORT_SERVER) {
                node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            nodes.put(element.id(), node);
        }
        for (Link link : links) {
            ElkNode from = nodes.get(topLevel(link.from(), byId));
            ElkNode to = nodes.get(topLevel(link.to(), byId));
            if (from != null && to != null && from != to) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Element> placed = new ArrayList<>();
        for (Element element : elements) {
            ElkNode node = nodes.get(element.id());
            if (node == null) {
                continue;
            }
            double ex = Math.round(x + node.getX());
            double ey = Math.round(y + node.getY());
            placed.add(element.withPosition(ex, ey).withSize(node.getWidth(), node.getHeight()));
            for (Map.Entry<String, ElkNode> member : memberNodes.getOrDefault(element.id(), Map.of()).entrySet()) {
                ElkNode m = member.getValue();
                placed.add(byId.get(member.getKey()).withPosition(Math.round(ex + m.getX()), Math.round(ey + m.getY()))
                        .withSize(m.getWidth(), m.getHeight()));
            }
        }
        Forest laidOut = forest.withBounds(x, y, Math.ceil(root.getWidth()), Math.ceil(root.getHeight()));
        return new Arranged(laidOut, placed);
    }

    /** The members of one pool side by side below its header; positions relative to the pool. */
    private Map<String, ElkNode> layOutMembers(List<Element> inside) {
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        if (inside.isEmpty()) {
            return nodes;
        }
        ElkNode graph = graph(Direction.DOWN, new ElkPadding(POOL_HEADER + PADDING / 2, PADDING, PADDING, PADDING));
        // Members have no links among themselves: kept as one graph, they make one layer, a row across the pool.
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        for (Element member : inside) {
            ElkNode node = ElkGraphUtil.createNode(graph);
            node.setDimensions(geometry.width(member), geometry.height(member));
            nodes.put(member.id(), node);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        return nodes;
    }

    private static double[] poolSize(java.util.Collection<ElkNode> members) {
        double width = DiagramGeometry.MIN_CONTAINER_WIDTH;
        double height = DiagramGeometry.MIN_CONTAINER_HEIGHT;
        for (ElkNode m : members) {
            width = Math.max(width, m.getX() + m.getWidth() + PADDING);
            height = Math.max(height, m.getY() + m.getHeight() + PADDING);
        }
        return new double[] {Math.ceil(width), Math.ceil(height)};
    }

    private static ElkNode graph(Direction direction, ElkPadding padding) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, direction);
        graph.setProperty(CoreOptions.PADDING, padding);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, NODE_SPACING);
        return graph;
    }

    private static String topLevel(String id, Map<String, Element> byId) {
        Element element = byId.get(id);
        while (element != null && element.parent() != null && byId.containsKey(element.parent())) {
            element = byId.get(element.parent());
        }
        return element == null ? null : element.id();
    }
}
