package org.coexist.ui.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.coexist.io.TopologyFileException;
import org.coexist.io.TopologyReader;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/**
 * The sample topologies that ship in the jar under {@code /assets/samples/} (or the exercises under
 * {@code /assets/exercises/}), in the teaching order of their {@code index.json}. Each opening reads the file
 * again: a topology is mutable, so every opening gets its own.
 */
public final class BundledSamples {
    public static final String FOLDER = "/assets/samples/";
    public static final String INDEX = FOLDER + "index.json";
    /** The graded exercises, each made from a sample. */
    public static final String EXERCISES = "/assets/exercises/";

    /** A sample's file name in the folder and its topology's name, which the menu shows. */
    public record Sample(String fileName, String name) {
    }

    private final TopologyReader reader;
    private final String folder;

    public BundledSamples(Catalog catalog) {
        this(catalog, FOLDER);
    }

    /** The topologies of another bundled folder with an index.json, such as {@link #EXERCISES}. */
    public BundledSamples(Catalog catalog, String folder) {
        this.reader = new TopologyReader(catalog);
        this.folder = folder;
    }

    /** The file names the samples' index lists, in its order. */
    public static List<String> fileNames() {
        return fileNames(FOLDER);
    }

    /** The file names a bundled folder's index lists, in its order. */
    public static List<String> fileNames(String folder) {
        JsonNode index;
        try (InputStream in = open(folder + "index.json")) {
            index = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample index cannot be read", e);
        }
        List<String> names = new ArrayList<>();
        index.forEach(node -> names.add(node.asText()));
        return names;
    }

    /** Every sample, named after its topology. */
    public List<Sample> samples() {
        return fileNames(folder).stream().map(file -> new Sample(file, read(file).name())).toList();
    }

    /** A fresh topology of the sample. */
    public Topology read(Sample sample) {
        return read(sample.fileName());
    }

    private Topology read(String fileName) {
        try (InputStream in = open(folder + fileName)) {
            return reader.read(in.readAllBytes(), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample " + fileName + " cannot be read", e);
        } catch (TopologyFileException e) {
            // The build validates every sample (SamplesTest), so a refused one is a broken jar.
            throw new IllegalStateException("the bundled sample " + fileName + " is refused: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = BundledSamples.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not in the jar");
        }
        return in;
    }
}
