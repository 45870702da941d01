package org.coexist.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents rules cite ({@code assets/rules/sources.json}): id, title, address, language. Read once; the rule
 * reader resolves each rule's {@code source.ref} here, so a finding carries what a user can open.
 */
public final class SourceCatalog {
    public static final String BUNDLED = "/assets/rules/sources.json";
    static final int VERSION = 1;

    private final Map<String, SourceDocument> byId;
    private final Map<String, SourceDocument> byIdOrAlias;

    private SourceCatalog(Map<String, SourceDocument> byId, Map<String, SourceDocument> byIdOrAlias) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byIdOrAlias = Collections.unmodifiableMap(byIdOrAlias);
    }

    public static SourceCatalog readBundled() {
        try (InputStream in = SourceCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new RuleDataException("the source catalog " + BUNDLED + " is missing from the build");
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new RuleDataException(BUNDLED + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static SourceCatalog read(InputStream in, String file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || root.path("sources").asInt(-1) != VERSION || !root.path("entries").isArray()) {
            throw new RuleDataException(file + ": expected {\"sources\": " + VERSION + ", \"entries\": [...]}");
        }
        Map<String, SourceDocument> byId = new LinkedHashMap<>();
        Map<String, SourceDocument> byIdOrAlias = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.path("entries")) {
            String where = file + ": entry " + index++;
            SourceDocument document = new SourceDocument(required(node, "id", where), required(node, "title", where),
                    required(node, "address", where), required(node, "language", where),
                    node.path("seedFile").isTextual() ? node.path("seedFile").asText() : null);
            if (byIdOrAlias.put(document.id(), document) != null) {
                throw new RuleDataException(where + ": duplicate id \"" + document.id() + "\"");
            }
            byId.put(document.id(), document);
            if (node.path("alias").isTextual() && byIdOrAlias.put(node.path("alias").asText(), document) != null) {
                throw new RuleDataException(where + ": duplicate alias \"" + node.path("alias").asText() + "\"");
            }
        }
        return new SourceCatalog(byId, byIdOrAlias);
    }

    private static String required(JsonNode node, String field, String where) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new RuleDataException(where + ": \"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    /** The document of that id or alias, or null. */
    public SourceDocument find(String idOrAlias) {
        return byIdOrAlias.get(idOrAlias);
    }

    public Collection<SourceDocument> documents() {
        return byId.values();
    }
}
