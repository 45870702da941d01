package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Link;
import org.coexist.model.LinkKind;
import org.coexist.model.Topology;
import org.coexist.model.catalog.Catalog;
import org.coexist.model.catalog.LinkKindSpec;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.LinkChecker;

/**
 * Structural rule: a link whose endpoints are not in its kind's row of the catalog. The catalog's endpoint terms
 * are resolved once into tables (kind, from type, to type) so that checking a link is a few array reads: whether
 * the types fit at all, and whether they fit across families (a kind's {@code alsoBetween} pairs, such as Lotus
 * Notes {@code MIGRATES_TO} Exchange, which domain.md v2 allows though the kind is otherwise of one family).
 * Arguments: {0} source, {1} target, {2} kind.
 */
final class LinkKindEndpoints implements LinkChecker {
    private final boolean[][][] fits;
    private final boolean[][][] fitsAcrossFamilies;
    private final boolean[] sameFamily;

    LinkKindEndpoints(Catalog catalog) {
        LinkKind[] kinds = LinkKind.values();
        ElementType[] types = ElementType.values();
        fits = new boolean[kinds.length][types.length][types.length];
        fitsAcrossFamilies = new boolean[kinds.length][types.length][types.length];
        sameFamily = new boolean[kinds.length];
        for (LinkKind kind : kinds) {
            LinkKindSpec spec = catalog.spec(kind);
            sameFamily[kind.ordinal()] = spec != null && spec.sameFamily();
            for (ElementType from : types) {
                for (ElementType to : types) {
                    fits[kind.ordinal()][from.ordinal()][to.ordinal()] = catalog.spec(from) != null
                            && catalog.spec(to) != null && fitsIgnoringFamily(catalog, kind, from, to);
                    fitsAcrossFamilies[kind.ordinal()][from.ordinal()][to.ordinal()] = catalog.spec(from) != null
                            && catalog.spec(to) != null && catalog.fits(kind, from, catalog.spec(from).newestVersion(),
                            to, catalog.spec(to).newestVersion());
                }
            }
        }
    }

    /** Asks the catalog with versions of one family, so that only the endpoint types decide. */
    private static boolean fitsIgnoringFamily(Catalog catalog, LinkKind kind, ElementType from, ElementType to) {
        return catalog.fits(kind, from, catalog.spec(from).newestVersion(), to,
                catalog.spec(from).newestVersion());
    }

    @Override
    public Set<LinkKind> kinds() {
        return EnumSet.allOf(LinkKind.class);
    }

    @Override
    public void check(Link link, Element from, Element to, Topology topology, FindingSink sink) {
        int kind = link.kind().ordinal();
        boolean ok = fits[kind][from.type().ordinal()][to.type().ordinal()]
                && (!sameFamily[kind] || from.family() == to.family()
                        || fitsAcrossFamilies[kind][from.type().ordinal()][to.type().ordinal()])
                && !from.id().equals(to.id());
        if (!ok) {
            sink.report(List.of(link.id()), from, to, link.kind());
        }
    }
}
