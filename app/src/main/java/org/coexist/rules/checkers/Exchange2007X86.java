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

/** Rule 16: an Exchange 2007 element on 32-bit hardware. Arguments: {0} the element. */
final class Exchange2007X86 implements ElementChecker {

    @Override
    public Set<ElementType> types() {
        return EnumSet.allOf(ElementType.class);
    }

    @Override
    public void check(Element element, Topology topology, FindingSink sink) {
        if (element.version() == ProductVersion.EXCHANGE_2007 && "x86".equals(element.architecture())) {
            sink.report(List.of(element.id()), element);
        }
    }
}
