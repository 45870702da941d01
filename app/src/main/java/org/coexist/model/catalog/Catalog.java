package org.coexist.model.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;

/**
 * The one source of truth for the vocabulary's constraints: which versions each element type may have, which
 * endpoints each link kind allows, and which kind to propose for a pair of endpoints. Built once from the
 * bundled data ({@code assets/catalog/catalog.json}) and passed to whoever needs it.
 */
public final class Catalog {
    private final Map<ElementType, ElementTypeSpec> types;
    private final Map<LinkKind, LinkKindSpec> kinds;
    private final Map<ProductVersion, VersionLabel> versionLabels;
    private final Map<String, PropertySpec> properties;
    private final List<String> forestProperties;
    private final List<PaletteGroup> palette;
    private final List<LinkKind> proposalOrder;
    private final LinkKind sameTypeDifferentVersion;

    /** Display names of a version. */
    public record VersionLabel(String label, String badge) {
    }

    public Catalog(Collection<ElementTypeSpec> types, Collection<LinkKindSpec> kinds,
                   Map<ProductVersion, VersionLabel> versionLabels, Map<String, PropertySpec> properties,
                   List<String> forestProperties, List<PaletteGroupHeader> paletteHeaders,
                   List<LinkKind> proposalOrder, LinkKind sameTypeDifferentVersion) {
        this.types = new EnumMap<>(ElementType.class);
        types.forEach(spec -> this.types.put(spec.type(), spec));
        this.kinds = new EnumMap<>(LinkKind.class);
        kinds.forEach(spec -> this.kinds.put(spec.kind(), spec));
        this.versionLabels = new EnumMap<>(versionLabels);
        this.properties = Map.copyOf(properties);
        this.forestProperties = List.copyOf(forestProperties);
        this.proposalOrder = List.copyOf(proposalOrder);
        this.sameTypeDifferentVersion = sameTypeDifferentVersion;
        List<PaletteGroup> groups = new ArrayList<>();
        for (PaletteGroupHeader header : paletteHeaders) {
            List<ElementTypeSpec> members = new ArrayList<>();
            for (ElementTypeSpec spec : types) {
                if (spec.palette().equals(header.id())) {
                    members.add(spec);
                }
            }
            groups.add(new PaletteGroup(header.id(), header.label(), members));
        }
        this.palette = List.copyOf(groups);
    }

    /** A palette group as the data names it, before types are sorted into it. */
    public record PaletteGroupHeader(String id, String label) {
    }

    public ElementTypeSpec spec(ElementType type) {
        return types.get(type);
    }

    public LinkKindSpec spec(LinkKind kind) {
        return kinds.get(kind);
    }

    public Collection<ElementTypeSpec> elementTypes() {
        return Collections.unmodifiableCollection(types.values());
    }

    public Collection<LinkKindSpec> linkKinds() {
        return Collections.unmodifiableCollection(kinds.values());
    }

    public boolean allows(ElementType type, ProductVersion version) {
        ElementTypeSpec spec = types.get(type);
        return spec != null && spec.allows(version);
    }

    public VersionLabel label(ProductVersion version) {
        return versionLabels.get(version);
    }

    public PropertySpec property(String name) {
        return properties.get(name);
    }

    public List<String> forestProperties() {
        return forestProperties;
    }

    public List<PaletteGroup> palette() {
        return palette;
    }

    /** Whether a link of this kind may go from an element of this type and version to one of that. */
    public boolean fits(LinkKind kind, ElementType fromType, ProductVersion fromVersion,
                        ElementType toType, ProductVersion toVersion) {
        LinkKindSpec spec = kinds.get(kind);
        if (spec == null) {
            return false;
        }
        if (matchesAny(spec.from(), fromType) && matchesAny(spec.to(), toType)
                && (!spec.sameFamily() || fromVersion.family() == toVersion.family())) {
            return true;
        }
        for (LinkKindSpec.EndpointPair pair : spec.alsoBetween()) {
            if (matchesAny(pair.from(), fromType) && matchesAny(pair.to(), toType)) {
                return true;
            }
        }
        return false;
    }

    public boolean fits(LinkKind kind, Element from, Element to) {
        return fits(kind, from.type(), from.version(), to.type(), to.version());
    }

    /** Every kind that fits the pair, most likely first. Empty when no link may join them. */
    public List<LinkKind> kindsFor(Element from, Element to) {
        if (from.id().equals(to.id())) {
            return List.of();
        }
        List<LinkKind> result = new ArrayList<>();
        for (LinkKind kind : proposalOrder) {
            if (fits(kind, from, to)) {
                result.add(kind);
            }
        }
        if (sameTypeDifferentVersion != null && from.type() == to.type() && from.version() != to.version()
                && result.remove(sameTypeDifferentVersion)) {
            result.add(0, sameTypeDifferentVersion);
        }
        return result;
    }

    /** The kind the connect gesture proposes, or null when none fits. */
    public LinkKind proposedKind(Element from, Element to) {
        List<LinkKind> candidates = kindsFor(from, to);
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Whether an element of type {@code member} may sit in one of type {@code container} (domain.md, Members). */
    public boolean mayHold(ElementType container, ElementType member) {
        ElementTypeSpec outer = types.get(container);
        ElementTypeSpec inner = types.get(member);
        return outer != null && inner != null && outer.container() && inner.member();
    }

    private boolean matchesAny(List<String> terms, ElementType type) {
        ElementTypeSpec spec = types.get(type);
        for (String term : terms) {
            if (term.equals(type.name()) || (spec != null && spec.tags().contains(term))) {
                return true;
            }
        }
        return false;
    }
}
