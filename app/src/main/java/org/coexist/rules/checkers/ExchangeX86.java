package org.coexist.rules.checkers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.ElementChecker;
import org.coexist.rules.spi.FindingSink;

/**
 * Rule 16: an Exchange server element of one version on 32-bit hardware: Exchange 2007 and Exchange 2010 require
 * 64-bit hardware in production. Two entries of the catalog, one per version, each citing its own document. The
 * management tools are not server elements: their 32-bit build is fine. Arguments: {0} the element.
 */
final class ExchangeX86 implements ElementChecker {
    private static final Set<ElementType> SERVER_TYPES = serverTypes();
    private final ProductVersion version;

    ExchangeX86(ProductVersion version) {
        this.version = version;
    }

    private static Set<ElementType> serverTypes() {
        Set<ElementType> types = EnumSet.noneOf(ElementType.class);
        for (ElementType type : ElementType.values()) {
            if (type.isServerElement()) {
                types.add(type);
            }
        }
        return types;
    }

    @Override
    public Set<ElementType> types() {
        return SERVER_TYPES;
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        if (element.version() == version && "x86".equals(element.architecture())) {
            sink.report(List.of(element.id()), element);
        }
    }
}
