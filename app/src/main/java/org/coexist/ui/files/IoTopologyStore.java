package org.coexist.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.io.TopologyWriter;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/** The designer's files through the io layer: the reader refuses bad files whole, the writer saves atomically. */
public final class IoTopologyStore implements TopologyStore {
    private final TopologyReader reader;
    private final TopologyWriter writer = new TopologyWriter();

    public IoTopologyStore(Catalog catalog) {
        this.reader = new TopologyReader(catalog);
    }

    @Override
    public Topology read(Path file) throws RefusedFileException {
        try {
            return reader.read(file);
        } catch (TopologyFileException e) {
            throw new RefusedFileException(e.getMessage(), e);
        }
    }

    @Override
    public void write(Topology topology, Path file) throws IOException {
        writer.write(topology, file);
    }
}
