package org.coexist.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Phase;
import org.coexist.model.ProductVersion;

/**
 * Binds a current-version JSON tree to model records, field by field, checking the type of every field. It does
 * not check references between records: that is {@link ConsistencyCheck}'s job.
 */
final class TopologyBinder {
    static final Set<String> DOCUMENT_KEYS =
            Set.of("format", "version", "name", "description", "forests", "elements", "links", "phases");
    static final Set<String> FOREST_KEYS = Set.of("id", "name", "x", "y", "width", "height", "properties");
    static final Set<String> ELEMENT_KEYS = Set.of("id", "type", "version", "name", "forest", "parent",
            "x", "y", "width", "height", "properties");
    static final Set<String> LINK_KEYS = Set.of("id", "kind", "from", "to", "properties");
    static final Set<String> PHASE_KEYS = Set.of("id", "name", "notes", "hidden");

    TopologyDocument bind(ObjectNode root, String file) throws TopologyFileException {
        JsonFields fields = new JsonFields(file);
        String name = fields.optionalString(root, "name", "$");
        String description = fields.optionalString(root, "description", "$");

        List<Forest> forests = records(fields, root, "forests", TopologyBinder::forest);
        List<Element> elements = records(fields, root, "elements", TopologyBinder::element);
        List<Link> links = records(fields, root, "links", TopologyBinder::link);
        List<Phase> phases = records(fields, root, "phases", TopologyBinder::phase);
        return new TopologyDocument(name == null ? "" : name, description, fields.extra(root, DOCUMENT_KEYS, "$"),
                forests, elements, links, phases);
    }

    /** Binds one kind of record to a model record, given where it sits for the error messages. */
    @FunctionalInterface
    private interface RecordBinder<T> {
        T bind(JsonFields fields, ObjectNode node, String path) throws TopologyFileException;
    }

    private static <T> List<T> records(JsonFields fields, ObjectNode root, String key, RecordBinder<T> binder)
            throws TopologyFileException {
        ArrayNode nodes = fields.array(root, key, "$");
        List<T> records = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$." + key + "[" + i + "]";
            records.add(binder.bind(fields, fields.object(nodes.get(i), path), path));
        }
        return records;
    }

    private static Forest forest(JsonFields fields, ObjectNode node, String path) throws TopologyFileException {
        return new Forest(fields.requiredString(node, "id", path), fields.optionalString(node, "name", path),
                fields.number(node, "x", path, false), fields.number(node, "y", path, false),
                fields.number(node, "width", path, true), fields.number(node, "height", path, true),
                fields.properties(node, path), fields.extra(node, FOREST_KEYS, path));
    }

    private static Element element(JsonFields fields, ObjectNode node, String path) throws TopologyFileException {
        String id = fields.requiredString(node, "id", path);
        ElementType type = fields.constant(node, "type", path, ElementType.class, "type");
        ProductVersion version = fields.constant(node, "version", path, ProductVersion.class, "version");
        String name = fields.optionalString(node, "name", path);
        String forest = fields.requiredString(node, "forest", path);
        String parent = fields.optionalString(node, "parent", path);
        if (parent != null && parent.isEmpty()) {
            throw fields.error(path + ".parent", "found an empty string", "the id of a pool, or no \"parent\"");
        }
        return new Element(id, type, version, name, forest, parent,
                fields.number(node, "x", path, false), fields.number(node, "y", path, false),
                fields.number(node, "width", path, true), fields.number(node, "height", path, true),
                fields.properties(node, path), fields.extra(node, ELEMENT_KEYS, path));
    }

    private static Link link(JsonFields fields, ObjectNode node, String path) throws TopologyFileException {
        return new Link(fields.requiredString(node, "id", path),
                fields.constant(node, "kind", path, LinkKind.class, "link kind"),
                fields.requiredString(node, "from", path), fields.requiredString(node, "to", path),
                fields.properties(node, path), fields.extra(node, LINK_KEYS, path));
    }

    private static Phase phase(JsonFields fields, ObjectNode node, String path) throws TopologyFileException {
        return new Phase(fields.requiredString(node, "id", path), fields.optionalString(node, "name", path),
                fields.optionalString(node, "notes", path), fields.strings(node, "hidden", path),
                fields.extra(node, PHASE_KEYS, path));
    }
}
