package org.coexist.cli;

import java.io.PrintWriter;
import org.coexist.io.TopologyReader;
import org.coexist.model.catalog.Catalog;
import org.coexist.rules.ValidationEngine;

/** What every subcommand needs, built once. */
public record CliContext(Catalog catalog, ValidationEngine engine, TopologyReader reader, PrintWriter out,
                         PrintWriter err) {
}
