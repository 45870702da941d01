package org.coexist.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.ElementTypeSpec;
import org.coexist.model.catalog.LinkKindSpec;
import org.coexist.model.catalog.PropertySpec;

/** Reads the catalog data bundled at {@code /assets/catalog/catalog.json}. */
public final class CatalogReader {
    public static final String BUNDLED = "/assets/catalog/catalog.json";

    private CatalogReader() {
    }

    /** The bundled catalog. Fails loudly: a broken catalog is a build defect, not a user error. */
    public static Catalog readBundled() {
        try (InputStream in = CatalogReader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the catalog " + BUNDLED + " is missing from the build");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + BUNDLED, e);
        }
    }

    static Catalog read(JsonNode root) {
        Map<String, List<ProductVersion>> sets = new LinkedHashMap<>();
        root.path("versionSets").properties().forEach(entry -> {
            List<ProductVersion> versions = new ArrayList<>();
            entry.getValue().forEach(v -> versions.add(ProductVersion.valueOf(v.asText())));
            sets.put(entry.getKey(), versions);
        });

        Map<ProductVersion, Catalog.VersionLabel> labels = new EnumMap<>(ProductVersion.class);
        for (JsonNode v : root.path("versions")) {
            labels.put(ProductVersion.valueOf(v.path("id").asText()),
                    new Catalog.VersionLabel(v.path("label").asText(), v.path("badge").asText()));
        }

        Map<String, PropertySpec> properties = new LinkedHashMap<>();
        root.path("properties").properties().forEach(entry -> {
            JsonNode p = entry.getValue();
            List<String> values = new ArrayList<>();
            p.path("values").forEach(v -> values.add(v.asText()));
            properties.put(entry.getKey(), new PropertySpec(entry.getKey(),
                    PropertySpec.PropertyType.valueOf(p.path("type").asText().toUpperCase(Locale.ROOT)),
                    values, p.path("label").asText(entry.getKey()), p.path("description").asText("")));
        });

        List<String> forestProperties = new ArrayList<>();
        root.path("forestProperties").forEach(p -> forestProperties.add(p.asText()));

        List<Catalog.PaletteGroupHeader> palette = new ArrayList<>();
        for (JsonNode g : root.path("palette")) {
            palette.add(new Catalog.PaletteGroupHeader(g.path("id").asText(), g.path("label").asText()));
        }

        JsonNode cardSize = root.path("defaultSize");
        double cardWidth = positive(cardSize.path("width"), "defaultSize.width");
        double cardHeight = positive(cardSize.path("height"), "defaultSize.height");
        List<ElementTypeSpec> types = new ArrayList<>();
        for (JsonNode t : root.path("elementTypes")) {
            List<ProductVersion> versions = new ArrayList<>();
            for (JsonNode v : t.path("versions")) {
                String text = v.asText();
                if (text.startsWith("@")) {
                    List<ProductVersion> set = sets.get(text.substring(1));
                    if (set == null) {
                        throw new IllegalStateException("catalog: no version set " + text);
                    }
                    versions.addAll(set);
                } else {
                    versions.add(ProductVersion.valueOf(text));
                }
            }
            versions.sort(null);
            Set<String> tags = new LinkedHashSet<>();
            t.path("tags").forEach(tag -> tags.add(tag.asText()));
            List<String> props = new ArrayList<>();
            t.path("properties").forEach(p -> props.add(p.asText()));
            Map<ProductVersion, String> versionLabels = new EnumMap<>(ProductVersion.class);
            t.path("versionLabels").properties().forEach(entry ->
                    versionLabels.put(ProductVersion.valueOf(entry.getKey()), entry.getValue().asText()));
            types.add(new ElementTypeSpec(ElementType.valueOf(t.path("id").asText()), t.path("label").asText(),
                    t.path("palette").asText(), t.path("namePrefix").asText(), t.path("container").asBoolean(false),
                    t.path("member").asBoolean(false), versions, tags, props, t.path("icon").asText(),
                    versionLabels, t.path("defaultWidth").asDouble(cardWidth),
                    t.path("defaultHeight").asDouble(cardHeight)));
        }

        List<LinkKindSpec> kinds = new ArrayList<>();
        for (JsonNode k : root.path("linkKinds")) {
            List<LinkKindSpec.EndpointPair> also = new ArrayList<>();
            for (JsonNode pair : k.path("alsoBetween")) {
                also.add(new LinkKindSpec.EndpointPair(texts(pair.path("from")), texts(pair.path("to"))));
            }
            kinds.add(new LinkKindSpec(LinkKind.valueOf(k.path("id").asText()), k.path("label").asText(),
                    k.path("short").asText(), texts(k.path("from")), texts(k.path("to")),
                    k.path("sameFamily").asBoolean(false), also));
        }

        List<LinkKind> order = new ArrayList<>();
        root.path("proposal").path("order").forEach(k -> order.add(LinkKind.valueOf(k.asText())));
        JsonNode preferred = root.path("proposal").path("sameTypeDifferentVersion");
        LinkKind sameTypeDifferentVersion = preferred.isTextual() ? LinkKind.valueOf(preferred.asText()) : null;

        return new Catalog(types, kinds, labels, properties, forestProperties, palette, order,
                sameTypeDifferentVersion);
    }

    private static double positive(JsonNode number, String where) {
        if (!number.isNumber() || number.asDouble() <= 0) {
            throw new IllegalStateException("catalog: " + where + " must be a positive number");
        }
        return number.asDouble();
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
