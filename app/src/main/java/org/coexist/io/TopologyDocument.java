package org.coexist.io;

import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.Phase;

/**
 * A file bound to model records but not yet checked for consistency. Each list keeps the file's order, so index
 * i of {@code elements} is {@code $.elements[i]} in messages.
 */
record TopologyDocument(String name, String description, Map<String, Object> extra, List<Forest> forests,
                        List<Element> elements, List<Link> links, List<Phase> phases) {
}
