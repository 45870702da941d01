package org.coexist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;

/**
 * Mutations of the shipped samples and the test fixtures (bit flips, bytes inserted, deleted or overwritten,
 * chunks copied, splices of two files, truncations, tokens that broke the reader before) either load, and then
 * save and load again to an equal model and the same bytes, or are refused with one short clean line. Nothing
 * else: no other exception, no message that would garble a terminal.
 *
 * <p>The number of inputs is jqwik's {@code jqwik.tries.default} (see {@code junit-platform.properties}); the
 * README's development section gives the command for a long run.
 */
class TopologyReaderFuzzTest {
    private static final Catalog CATALOG = CatalogReader.readBundled();
    private static final List<Seed> SEEDS = seeds();
    /** Longer than any refusal the reader writes: a file name, a path, a problem, a list of every type. */
    private static final int MAX_MESSAGE = 1_500;
    private static final String FILE = "fuzz.coexist.json";

    private final TopologyReader reader = new TopologyReader(CATALOG);
    private final TopologyWriter writer = new TopologyWriter();

    @Property
    void everyInputLoadsAndRoundTripsOrIsRefusedOnOneCleanLine(@ForAll("mutants") Mutant mutant) {
        // The round trip is half the property: enough inputs must get that far.
        Statistics.coverage(coverage -> coverage.check("loaded").percentage(p -> p >= 3));
        Topology topology;
        try {
            topology = reader.read(mutant.bytes(), FILE);
        } catch (TopologyFileException e) {
            Statistics.collect("refused");
            assertOneCleanLine(e.getMessage());
            return;
        }
        Statistics.collect("loaded");
        byte[] saved = writer.toBytes(topology);
        Topology reopened;
        try {
            reopened = reader.read(saved, FILE);
        } catch (TopologyFileException e) {
            throw new AssertionError("a saved file cannot be reopened: " + e.getMessage(), e);
        }
        assertEquals(topology.name(), reopened.name());
        assertEquals(topology.description(), reopened.description());
        assertEquals(topology.extra(), reopened.extra());
        assertEquals(List.copyOf(topology.forests()), List.copyOf(reopened.forests()));
        assertEquals(List.copyOf(topology.elements()), List.copyOf(reopened.elements()));
        assertEquals(List.copyOf(topology.links()), List.copyOf(reopened.links()));
        assertEquals(topology.phases(), reopened.phases());
        assertArrayEquals(saved, writer.toBytes(reopened), "the second save writes other bytes");
        assertTrue(writer.matches(reopened, saved));
    }

    static void assertOneCleanLine(String message) {
        assertTrue(message.startsWith(FILE + ": "), message);
        assertTrue(message.length() <= MAX_MESSAGE, () -> message.length() + " characters: " + message);
        assertFalse(message.contains("com.fasterxml") || message.contains("Exception"), message);
        message.codePoints().forEach(c -> {
            int type = Character.getType(c);
            assertFalse(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR,
                    () -> String.format("U+%04X in %s", c, OneLine.escape(message)));
        });
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        // Valid files four times as often as bad ones: most inputs should get past the syntax.
        List<Seed> weighted = new ArrayList<>();
        for (Seed seed : SEEDS) {
            for (int copies = seed.valid() ? 4 : 1; copies > 0; copies--) {
                weighted.add(seed);
            }
        }
        Arbitrary<Seed> seed = Arbitraries.of(weighted);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(seed, mutations).as(Mutant::of);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Mutation.Kind> kind = Arbitraries.of(Mutation.Kind.class);
        Arbitrary<Integer> at = Arbitraries.integers().greaterOrEqual(0);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
        Arbitrary<Integer> choice = Arbitraries.integers().greaterOrEqual(0);
        return Combinators.combine(kind, at, length, choice).as(Mutation::new);
    }

    /** A file to start from. */
    record Seed(String name, byte[] bytes) {
        boolean valid() {
            return !name.startsWith("fixtures/bad/");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One change to the bytes; positions and choices are taken modulo what they index. */
    record Mutation(Kind kind, int at, int length, int choice) {
        enum Kind {
            FLIP_BIT, OVERWRITE_BYTE, INSERT_BYTE, DELETE, DUPLICATE, INSERT_TOKEN, SPLICE, TRUNCATE,
            /** Inserts text at the start of the next string: names, ids, keys change, the syntax stays. */
            EDIT_STRING,
            /** Replaces the next number: coordinates, versions, property values change, the syntax stays. */
            EDIT_NUMBER
        }

        /** Bytes that mean something to JSON, UTF-8 or a terminal. */
        private static final byte[] BYTES = {0x00, 0x07, 0x09, 0x0A, 0x1B, 0x22, 0x2C, 0x2D, 0x2E, 0x30, 0x3A, 0x5B,
            0x5C, 0x5D, 0x65, 0x7B, 0x7D, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xE0,
            (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF7, (byte) 0xFF};

        /** Snippets that broke the reader before, or might. */
        private static final List<byte[]> TOKENS = Stream.of("{}", "[]", "\"", "\\\"", "\\u0000", "\\uD800",
                "\\uDC00", "\\uD83D\\uDE00", "\\u001b[31m", "-0.0", "-0", "1e999", "1e-400", "123456789012345678901",
                "null", "true", ",", ":", "\"parent\": \"p1\", ", "\"parent\": \"a1\", ", "\"x\": -0.0, ",
                "\"width\": -0.0, ", "\"hidden\": [\"zz\"], ", "\"properties\": {\"k\": [{}]}, ", "\"extra\": {}, ",
                "\"id\": \"f1\", ", "\"type\": \"FRONT_END_POOL\", ", "\"version\": 0, ", "\"version\": 2, ",
                "\u00e9", "\u4e2d", "\ud83d\ude00", "\u202e", "\u2028").map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
        private static final List<byte[]> IN_STRINGS = Stream.of("x", "\u00e9", "\u4e2d", "\ud83d\ude00",
                "\\u00e9", "\\uD83D\\uDE00", "\\u001b", "\\u0007", "\\u0000", "\\n", "\\\\", "\\\"", "\\uD800",
                "\\uDFFF", "\u202e", "\u2028", "k".repeat(100)).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        private static final List<byte[]> NUMBERS = Stream.of("-0.0", "-0", "0.5", "1E2", "1e308", "1e309", "-1",
                "4.9e-324", "12345678901234567890", "9007199254740993", "0").map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
        private static final List<byte[]> RAW = List.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
            (byte) 0x80}, new byte[] {(byte) 0xF7, (byte) 0xBF, (byte) 0xBF, (byte) 0xBF}, new byte[] {(byte) 0xF0,
            (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        byte[] apply(byte[] in) {
            int n = in.length;
            int i = n == 0 ? 0 : at % n;
            return switch (kind) {
                case FLIP_BIT -> n == 0 ? in : with(in, i, (byte) (in[i] ^ (1 << (choice % 8))));
                case OVERWRITE_BYTE -> n == 0 ? in : with(in, i, BYTES[choice % BYTES.length]);
                case INSERT_BYTE -> insert(in, at % (n + 1), new byte[] {BYTES[choice % BYTES.length]});
                case DELETE -> delete(in, i, Math.min(length, n - i));
                case DUPLICATE -> n == 0 ? in : insert(in, choice % (n + 1), slice(in, i, Math.min(length, n - i)));
                case INSERT_TOKEN -> insert(in, at % (n + 1), token());
                case SPLICE -> splice(in, i);
                case TRUNCATE -> slice(in, 0, i);
                case EDIT_STRING -> editString(in, i);
                case EDIT_NUMBER -> editNumber(in, i);
            };
        }

        private byte[] editString(byte[] in, int i) {
            int quote = indexOf(in, i, b -> b == '"');
            if (quote < 0) {
                return in;
            }
            byte[] text = choice % 8 == 0 ? RAW.get(choice % RAW.size()) : IN_STRINGS.get(choice % IN_STRINGS.size());
            return insert(in, quote + 1, text);
        }

        private byte[] editNumber(byte[] in, int i) {
            int start = indexOf(in, i, b -> (b >= '0' && b <= '9') || b == '-');
            if (start < 0 || (start > 0 && in[start - 1] != ' ' && in[start - 1] != ':' && in[start - 1] != '[')) {
                return in;
            }
            int end = start;
            while (end < in.length && "-+.eE0123456789".indexOf(in[end]) >= 0) {
                end++;
            }
            return insert(delete(in, start, end - start), start, NUMBERS.get(choice % NUMBERS.size()));
        }

        private static int indexOf(byte[] in, int from, IntPredicate test) {
            for (int k = from; k < in.length; k++) {
                if (test.test(in[k])) {
                    return k;
                }
            }
            return -1;
        }

        private byte[] token() {
            int pick = choice % (TOKENS.size() + RAW.size());
            return pick < TOKENS.size() ? TOKENS.get(pick) : RAW.get(pick - TOKENS.size());
        }

        /** The start of this input, then the end of another seed from a point in the same proportion. */
        private byte[] splice(byte[] in, int i) {
            byte[] other = SEEDS.get(choice % SEEDS.size()).bytes();
            int from = in.length == 0 ? 0 : (int) ((long) i * other.length / in.length);
            byte[] out = new byte[i + other.length - from];
            System.arraycopy(in, 0, out, 0, i);
            System.arraycopy(other, from, out, i, other.length - from);
            return out;
        }

        private static byte[] with(byte[] in, int i, byte b) {
            byte[] out = in.clone();
            out[i] = b;
            return out;
        }

        private static byte[] insert(byte[] in, int i, byte[] bytes) {
            byte[] out = new byte[in.length + bytes.length];
            System.arraycopy(in, 0, out, 0, i);
            System.arraycopy(bytes, 0, out, i, bytes.length);
            System.arraycopy(in, i, out, i + bytes.length, in.length - i);
            return out;
        }

        private static byte[] delete(byte[] in, int i, int count) {
            byte[] out = new byte[in.length - count];
            System.arraycopy(in, 0, out, 0, i);
            System.arraycopy(in, i + count, out, i, in.length - i - count);
            return out;
        }

        private static byte[] slice(byte[] in, int from, int count) {
            byte[] out = new byte[count];
            System.arraycopy(in, from, out, 0, count);
            return out;
        }
    }

    /** A seed and what was done to it; shown by jqwik when a property fails, with the bytes as text. */
    record Mutant(Seed seed, List<Mutation> mutations, byte[] bytes) {
        static Mutant of(Seed seed, List<Mutation> mutations) {
            byte[] bytes = seed.bytes();
            for (Mutation mutation : mutations) {
                bytes = mutation.apply(bytes);
            }
            return new Mutant(seed, mutations, bytes);
        }

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return seed + " " + mutations + ": " + OneLine.escape(text.length() > 2_000 ? text.substring(0, 2_000)
                    + "…" : text);
        }
    }

    /** The shipped samples and every test fixture, valid and bad. */
    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        for (String folder : List.of("/assets/samples", "/fixtures/valid", "/fixtures/bad")) {
            try (Stream<Path> files = Files.list(resource(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".coexist.json")).sorted().toList()) {
                    seeds.add(new Seed(folder.substring(1) + "/" + file.getFileName(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (seeds.size() < 30) {
            throw new IllegalStateException("only " + seeds.size() + " seeds found");
        }
        return seeds;
    }

    private static Path resource(String folder) {
        URL url = TopologyReaderFuzzTest.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + " on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
