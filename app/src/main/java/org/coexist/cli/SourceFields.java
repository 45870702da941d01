package org.coexist.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coexist.rules.RuleSource;

/** The source of a rule or finding as JSON fields, beside the one-line "source" that older scripts read. */
final class SourceFields {
    private SourceFields() {
    }

    static void put(ObjectNode node, RuleSource source) {
        node.put("sourceId", source.document().id());
        node.put("sourceTitle", source.title());
        node.put("sourceAddress", source.address());
        node.put("sourceLanguage", source.document().language());
        node.put("quote", source.quote());
    }
}
