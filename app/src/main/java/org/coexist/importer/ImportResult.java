package org.coexist.importer;

import org.coexist.model.Topology;

/** A topology made of imported documents, laid out, and the summary of what the import did. */
public record ImportResult(Topology topology, ImportSummary summary) {
}
