package org.coexist.export;

import java.nio.file.Path;
import java.util.Objects;
import org.coexist.model.Topology;

/**
 * One export: what, in which format, of which phase (null: PNG and SVG show the whole topology, PDF every phase),
 * at which scale (PNG pixels and SVG size per canvas unit; PDF ignores it), to which file.
 */
public record ExportRequest(Topology topology, ExportFormat format, String phaseId, double scale, Path output) {

    public ExportRequest {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
    }
}
