package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts every file Coexist writes or ships, and rejects what it can see is wrong. */
class TopologySchemaTest {
    private static final Path SCHEMA = Path.of("..", "assets", "schema", "coexist-topology.schema.json");
    private static final Path SAMPLES = Path.of("..", "assets", "samples");
    /** Exercises are designs too, with the exercise block the schema describes. */
    private static final Path EXERCISES = Path.of("..", "assets", "exercises");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema schema = load();

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<ValidationMessage> validate(byte[] json) throws IOException {
        return schema.validate(mapper.readTree(json));
    }

    @Test
    void samplesAndValidFixturesConform() throws IOException {
        List<Path> files = new ArrayList<>(Fixtures.all("valid"));
        for (Path folder : List.of(SAMPLES, EXERCISES)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> samples = Files.list(folder)) {
                    samples.filter(f -> f.toString().endsWith(".coexist.json")).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.size() >= 3, files.toString());
        for (Path file : files) {
            assertEquals(Set.of(), validate(Files.readAllBytes(file)), file.toString());
        }
    }

    @Test
    void everythingTheWriterProducesConforms() throws IOException {
        RandomTopologies random = new RandomTopologies(CatalogReader.readBundled(), new Random(20240611L));
        TopologyWriter writer = new TopologyWriter();
        for (int i = 0; i < 50; i++) {
            assertEquals(Set.of(), validate(writer.toBytes(random.next())), "topology " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-format", "wrong-format", "no-version", "newer-version", "version-string",
            "version-zero", "unknown-type", "unknown-version", "unknown-link-kind", "number-for-string",
            "string-for-number", "elements-not-array", "missing-id", "hidden-not-strings", "root-array"})
    void rejectsWhatItCanSeeIsWrong(String fixture) throws IOException {
        Set<ValidationMessage> errors = validate(Files.readAllBytes(Fixtures.path("bad/" + fixture + ".coexist.json")));
        assertFalse(errors.isEmpty(), fixture + " passed the schema");
    }

    @Test
    void enumsMatchTheModel() throws IOException {
        JsonNode defs = mapper.readTree(SCHEMA.toFile()).path("$defs");
        assertEquals(names(ElementType.values()), texts(defs.path("elementType").path("enum")));
        assertEquals(names(ProductVersion.values()), texts(defs.path("productVersion").path("enum")));
        assertEquals(names(LinkKind.values()), texts(defs.path("linkKind").path("enum")));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(node -> result.add(node.asText()));
        return result;
    }
}
