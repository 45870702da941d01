package org.coexist.rules;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.LinkKind;
import org.coexist.model.ProductVersion;

/**
 * What changed in one forest or on one computer, as the rules about it see it: the forest itself (then every rule
 * looks again), or elements of some types and versions, or links of some kinds (then only the rules that read one
 * of those, see {@link org.coexist.rules.spi.ForestChecker#reads}, {@link org.coexist.rules.spi.HostChecker#reads}
 * and {@link org.coexist.rules.spi.ForestChecker#linkKinds}). So that re-checking a forest or a computer after an
 * edit costs the rules the edit concerns, not every rule of the scope.
 */
final class Touch {
    private static final int VERSIONS = ProductVersion.values().length;
    private static final int SHAPES = ElementType.values().length * VERSIONS;
    private boolean whole;
    private final BitSet shapes = new BitSet(SHAPES);
    private final Set<LinkKind> links = EnumSet.noneOf(LinkKind.class);

    /** The bit of a type and version. */
    static int shape(ElementType type, ProductVersion version) {
        return type.ordinal() * VERSIONS + version.ordinal();
    }

    /** The types and versions of these elements. */
    static BitSet shapesOf(List<Element> elements) {
        return shapesOf(elements, new BitSet(SHAPES));
    }

    /** The same, in the given set (cleared first): a full validation asks it of every computer. */
    static BitSet shapesOf(List<Element> elements, BitSet shapes) {
        shapes.clear();
        for (Element element : elements) {
            shapes.set(shape(element.type(), element.version()));
        }
        return shapes;
    }

    /** Every type and version a rule reads, as its {@code reads} says. */
    static BitSet shapesRead(BiPredicate<ElementType, ProductVersion> reads) {
        BitSet read = new BitSet(SHAPES);
        for (ElementType type : ElementType.values()) {
            for (ProductVersion version : ProductVersion.values()) {
                if (reads.test(type, version)) {
                    read.set(shape(type, version));
                }
            }
        }
        return read;
    }

    void touchWhole() {
        whole = true;
    }

    void touch(Element element) {
        shapes.set(shape(element.type(), element.version()));
    }

    /** A link of that kind between the forest's elements came, went or changed. */
    void touch(LinkKind kind) {
        links.add(kind);
    }

    /** Adds what the other saw; returns this. */
    Touch merge(Touch other) {
        whole |= other.whole;
        shapes.or(other.shapes);
        links.addAll(other.links);
        return this;
    }

    /** Whether a rule that reads these shapes and links of these kinds must look at the forest again. */
    boolean concerns(BitSet read, Set<LinkKind> linkKinds) {
        if (whole || shapes.intersects(read)) {
            return true;
        }
        for (LinkKind kind : linkKinds) {
            if (links.contains(kind)) {
                return true;
            }
        }
        return false;
    }
}
