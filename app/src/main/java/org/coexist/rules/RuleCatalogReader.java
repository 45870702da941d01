package org.coexist.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.coexist.model.ElementType;
import org.coexist.model.Family;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.rules.data.EndpointMatcher;
import org.coexist.rules.data.LinkMatcher;
import org.coexist.rules.data.Relation;

/**
 * Reads the rule catalog ({@code assets/rules/rules.json}, version 1) and checks it thoroughly: a malformed entry
 * is a build defect, reported with the file, the entry and the field at fault rather than as a rule that silently
 * never fires.
 */
public final class RuleCatalogReader {
    public static final String BUNDLED = "/assets/rules/rules.json";
    static final int VERSION = 1;
    /** The highest rule number of domain.md (version 2). */
    static final int MAX_NUMBER = 72;
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "number", "severity", "form", "source", "inferred",
            "matchers", "yieldsTo", "unless", "skipsInPlaceUpgradePairs", "comment");
    private static final Set<String> MATCHER_FIELDS = Set.of("kind", "from", "to", "relation", "eitherDirection");
    private static final Set<String> ENDPOINT_FIELDS = Set.of("types", "versions", "family", "properties");

    private final String file;
    private final SourceCatalog sources;
    private String where;

    private RuleCatalogReader(String file, SourceCatalog sources) {
        this.file = file;
        this.sources = sources;
    }

    /** Reads the catalog with the bundled sources; {@code file} names it in error messages. */
    public static List<RuleEntry> read(InputStream in, String file) {
        return read(in, file, SourceCatalog.readBundled());
    }

    /** Reads the catalog, resolving each rule's source in {@code sources}. */
    public static List<RuleEntry> read(InputStream in, String file, SourceCatalog sources) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new RuleDataException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuleDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return new RuleCatalogReader(file, sources).entries(root);
    }

    private List<RuleEntry> entries(JsonNode root) {
        where = "top level";
        if (root == null || !root.isObject()) {
            throw fail("expected a JSON object");
        }
        JsonNode version = root.path("rules");
        if (!version.isInt()) {
            throw fail("\"rules\" must be the format version number (" + VERSION + ")");
        }
        if (version.asInt() != VERSION) {
            throw fail("format version " + version.asInt() + " is not supported; this build reads version "
                    + VERSION);
        }
        JsonNode array = root.path("entries");
        if (!array.isArray()) {
            throw fail("\"entries\" must be an array");
        }
        List<RuleEntry> result = new ArrayList<>();
        Map<String, RuleEntry> byId = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            where = "entry " + i + (node.path("id").isTextual() ? " (" + node.path("id").asText() + ")" : "");
            RuleEntry entry = entry(node);
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw fail("the id is used twice");
            }
            result.add(entry);
        }
        return resolveYields(result, byId);
    }

    private RuleEntry entry(JsonNode node) {
        if (!node.isObject()) {
            throw fail("expected an object");
        }
        onlyFields(node, ENTRY_FIELDS, "");
        String id = text(node, "id");
        if (!KEBAB.matcher(id).matches()) {
            throw fail("id \"" + id + "\" is not kebab-case");
        }
        JsonNode number = node.path("number");
        if (!number.isInt() || number.asInt() < 0 || number.asInt() > MAX_NUMBER) {
            throw fail("\"number\" must be the rule's number in domain.md, 0 to " + MAX_NUMBER);
        }
        Severity severity = enumValue(Severity.class, text(node, "severity"), "severity");
        String form = text(node, "form");
        if (!Set.of(RuleEntry.STRUCTURAL, RuleEntry.DATA, RuleEntry.CHECKER).contains(form)) {
            throw fail("\"form\" must be structural, data or checker, not \"" + form + "\"");
        }
        JsonNode source = node.path("source");
        if (!source.isObject()) {
            throw fail("\"source\" must be an object with ref and quote");
        }
        String ref = text(source, "ref");
        SourceDocument document = sources.find(ref);
        if (document == null) {
            throw fail("source.ref \"" + ref + "\" is not in " + SourceCatalog.BUNDLED);
        }
        RuleSource ruleSource = new RuleSource(document, text(source, "quote"));
        boolean inferred = node.path("inferred").asBoolean(false);
        if (inferred && severity != Severity.WARNING) {
            throw fail("an inferred rule must be a WARNING");
        }
        List<LinkMatcher> matchers = new ArrayList<>();
        JsonNode matcherNodes = node.path("matchers");
        if (form.equals(RuleEntry.DATA)) {
            if (!matcherNodes.isArray() || matcherNodes.isEmpty()) {
                throw fail("a data rule needs a non-empty \"matchers\" array");
            }
            for (int i = 0; i < matcherNodes.size(); i++) {
                matchers.add(matcher(matcherNodes.get(i), "matchers[" + i + "]"));
            }
        } else if (!matcherNodes.isMissingNode()) {
            throw fail("only data rules have \"matchers\"");
        }
        List<String> yieldsTo = new ArrayList<>();
        node.path("yieldsTo").forEach(n -> yieldsTo.add(n.asText()));
        List<LinkMatcher> unless = new ArrayList<>();
        JsonNode unlessNodes = node.path("unless");
        if (!unlessNodes.isMissingNode()) {
            if (!form.equals(RuleEntry.DATA) || !unlessNodes.isArray() || unlessNodes.isEmpty()) {
                throw fail("\"unless\" is a non-empty array of matchers, and only data rules have it");
            }
            for (int i = 0; i < unlessNodes.size(); i++) {
                unless.add(matcher(unlessNodes.get(i), "unless[" + i + "]"));
            }
        }
        JsonNode skips = node.path("skipsInPlaceUpgradePairs");
        if (!skips.isMissingNode() && (!skips.isBoolean() || !form.equals(RuleEntry.DATA))) {
            throw fail("\"skipsInPlaceUpgradePairs\" is true or false, and only data rules have it");
        }
        return new RuleEntry(id, number.asInt(), severity, form, ruleSource, inferred, matchers, yieldsTo, unless,
                skips.asBoolean(false));
    }

    private LinkMatcher matcher(JsonNode node, String path) {
        if (!node.isObject()) {
            throw fail(path + " must be an object");
        }
        onlyFields(node, MATCHER_FIELDS, path + ".");
        JsonNode kindNode = node.path("kind");
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        if (kindNode.isTextual()) {
            kinds.add(enumValue(LinkKind.class, kindNode.asText(), path + ".kind"));
        } else if (kindNode.isArray() && !kindNode.isEmpty()) {
            kindNode.forEach(k -> kinds.add(enumValue(LinkKind.class, k.asText(), path + ".kind")));
        } else {
            throw fail(path + ".kind must be a link kind or a non-empty array of them");
        }
        Relation relation = Relation.ANY;
        if (node.has("relation")) {
            relation = Relation.fromJson(node.path("relation").asText());
            if (relation == null) {
                throw fail(path + ".relation must be differentVersion or differentForest, not "
                        + node.path("relation"));
            }
        }
        return new LinkMatcher(kinds, endpoint(node.path("from"), path + ".from"),
                endpoint(node.path("to"), path + ".to"), relation, node.path("eitherDirection").asBoolean(false));
    }

    private EndpointMatcher endpoint(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return EndpointMatcher.ANY;
        }
        if (!node.isObject()) {
            throw fail(path + " must be an object");
        }
        onlyFields(node, ENDPOINT_FIELDS, path + ".");
        Set<ElementType> types = node.has("types") ? enumSet(ElementType.class, node.path("types"), path + ".types")
                : null;
        Set<ProductVersion> versions = node.has("versions")
                ? enumSet(ProductVersion.class, node.path("versions"), path + ".versions") : null;
        Family family = node.has("family") ? enumValue(Family.class, node.path("family").asText(), path + ".family")
                : null;
        Map<String, String> properties = new LinkedHashMap<>();
        node.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue().asText()));
        return new EndpointMatcher(types, versions, family, properties);
    }

    private List<RuleEntry> resolveYields(List<RuleEntry> entries, Map<String, RuleEntry> byId) {
        List<RuleEntry> result = new ArrayList<>();
        for (RuleEntry entry : entries) {
            where = "entry " + entry.id();
            for (String other : entry.yieldsTo()) {
                RuleEntry target = byId.get(other);
                if (target == null || !target.form().equals(RuleEntry.DATA) || !entry.form().equals(RuleEntry.DATA)) {
                    throw fail("\"yieldsTo\" names " + other + ", which is not a data rule of this file");
                }
            }
            result.add(entry);
        }
        return result;
    }

    private <E extends Enum<E>> Set<E> enumSet(Class<E> type, JsonNode array, String path) {
        if (!array.isArray() || array.isEmpty()) {
            throw fail(path + " must be a non-empty array");
        }
        Set<E> result = EnumSet.noneOf(type);
        array.forEach(n -> result.add(enumValue(type, n.asText(), path)));
        return result;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(field + ": unknown " + type.getSimpleName() + " \"" + name + "\"");
        }
    }

    private String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail("\"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    private void onlyFields(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail("unknown field \"" + prefix + name + "\"");
            }
        }
    }

    private RuleDataException fail(String what) {
        return new RuleDataException(file + ": " + where + ": " + what);
    }
}
