package org.coexist.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns the bytes of a file into an untyped JSON tree, within limits that keep a hostile or broken file from
 * exhausting the stack or the heap. Syntax problems are reported by line and column.
 */
final class JsonDocumentParser {
    /**
     * Levels of objects and arrays. A topology needs 4 ($, elements, an element, its properties); the rest is for
     * property values. Saving indents each level by two spaces, so this and {@link #MAX_TOKENS} bound what a file
     * read can take to save: at most about 45 bytes a token.
     */
    static final int MAX_NESTING_DEPTH = 20;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 10_000;
    /** Jackson's own description of a syntax error, at most this long. */
    private static final int MAX_MESSAGE = 200;
    /**
     * Tokens (keys, values, brackets) in a user file: a 32 MiB design saved by Coexist has about 2.9 million; one
     * written without indentation, about 4.4 million per 32 MiB. Bounds the memory of reading: 4 million of the
     * costliest tokens (empty objects kept for the round trip) load, validate and are measured for saving in a
     * 512 MiB heap, where 11 million needed 1.5 GB.
     */
    static final long MAX_TOKENS = 4_000_000;
    /** No limit on tokens, for generated benchmark files. */
    static final long UNLIMITED_TOKENS = -1;

    private final ObjectMapper mapper;
    private final long maxTokens;

    /** A parser with the limits of user files. */
    JsonDocumentParser() {
        this(MAX_TOKENS);
    }

    JsonDocumentParser(long maxTokens) {
        this.maxTokens = maxTokens;
        // A key given twice would otherwise silently keep the last value.
        JsonFactory factory = factory(maxTokens).rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // Plain tree reading: no polymorphic typing, no bean binding of untrusted input.
        this.mapper = JsonMapper.builder(factory).build();
    }

    /**
     * A factory with the reader's limits. It does not look for duplicate keys: whoever reads from it must refuse
     * them itself, as the tree parser and {@link TopologyStreamBinder} both do.
     */
    static JsonFactory factory(long maxTokens) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxTokenCount(maxTokens)
                .build();
        ErrorReportConfiguration errors = ErrorReportConfiguration.builder()
                .maxErrorTokenLength(OneLine.MAX_NAME)
                .maxRawContentLength(0)
                .build();
        // Keys are not interned: a file of a million distinct keys must not fill the JVM's string table.
        return JsonFactory.builder().streamReadConstraints(limits).errorReportConfiguration(errors)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    }

    /** The top-level object of the document. */
    ObjectNode parse(byte[] json, String file) throws TopologyFileException {
        if (isBlank(json)) {
            throw new TopologyFileException(file, "$", "the file is empty",
                    "a JSON object with \"format\": \"" + FormatMigrations.FORMAT + "\"");
        }
        JsonParser parser = null;
        try {
            parser = mapper.createParser(json);
            JsonNode root = mapper.readTree(parser);
            if (root == null || !root.isObject()) {
                throw new TopologyFileException(file, "$", "the document is " + JsonText.describe(root),
                        "a JSON object with \"format\": \"" + FormatMigrations.FORMAT + "\"");
            }
            if (parser.nextToken() != null) {
                throw new TopologyFileException(file, where(parser.currentTokenLocation()),
                        "more content after the end of the top-level object", "the file to end after it");
            }
            return (ObjectNode) root;
        } catch (StreamConstraintsException e) {
            throw new TopologyFileException(file, where(e.getLocation(), parser), overLimit(e.getOriginalMessage()),
                    limitExpected(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            boolean duplicate = e.getOriginalMessage().startsWith("Duplicate");
            throw new TopologyFileException(file, where(e.getLocation(), parser),
                    "not valid JSON: " + (duplicate ? duplicate(e.getOriginalMessage()) : clean(e.getOriginalMessage())),
                    duplicate ? "each key at most once in an object" : "well-formed JSON", e);
        } catch (IOException e) {
            throw new TopologyFileException(file, "$", "cannot be parsed: " + clean(e.getMessage()),
                    "well-formed JSON", e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static boolean isBlank(byte[] json) {
        int start = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
                && (json[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < json.length; i++) {
            byte b = json[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String where(JsonLocation location, JsonParser parser) {
        if (location != null && location.getLineNr() > 0) {
            return where(location);
        }
        return parser == null ? "$" : where(parser.currentLocation());
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private String overLimit(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "objects and arrays nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (message.startsWith("String value length")) {
            return "a string longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        if (message.startsWith("Name length")) {
            return "a key longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (message.startsWith("Token count")) {
            return String.format(Locale.ROOT, "more than %,d keys, values and brackets", maxTokens);
        }
        return "a value over the reader's limits: " + clean(message);
    }

    private String limitExpected(String message) {
        if (message.startsWith("Document nesting depth")) {
            return "at most " + MAX_NESTING_DEPTH + " levels of nested objects and arrays";
        }
        if (message.startsWith("String value length")) {
            return "strings of at most " + MAX_STRING_LENGTH + " characters";
        }
        if (message.startsWith("Number value length")) {
            return "numbers of at most " + MAX_NUMBER_LENGTH + " digits";
        }
        if (message.startsWith("Name length")) {
            return "keys of at most " + MAX_NAME_LENGTH + " characters";
        }
        if (message.startsWith("Token count")) {
            return String.format(Locale.ROOT, "a document of at most %,d keys, values and brackets", maxTokens);
        }
        return "a document within the reader's limits";
    }

    /** Jackson names the key between single quotes, whole: the user gets it quoted short. */
    private static String duplicate(String message) {
        int open = message.indexOf('\'');
        int close = message.lastIndexOf('\'');
        if (open < 0 || close <= open) {
            return clean(message);
        }
        return message.substring(0, open).strip() + " " + JsonText.quote(message.substring(open + 1, close));
    }

    // Jackson's messages may name its own classes and repeat the source; the user needs neither.
    private static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = message.lines().findFirst().orElse("");
        int source = text.indexOf(" (start marker at [Source");
        if (source < 0) {
            source = text.indexOf("[Source");
        }
        return OneLine.cut((source >= 0 ? text.substring(0, source) : text).strip(), MAX_MESSAGE);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading from a byte array: closing cannot fail in a way that matters.
            }
        }
    }
}
