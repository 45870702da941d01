package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.List;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;

/**
 * Rule 18: Exchange 2007 deployed in a forest whose Exchange 2000/2003 organization is not known to be in native
 * mode. The two verdicts (mixed: error; unknown: warning) are two rules of the catalog, each one subclass.
 * Arguments: {0} forest, {1} how many Exchange 2007 elements.
 */
abstract class Exchange2007OrganizationMode implements ForestChecker {
    static final String NATIVE = "native";
    static final String MIXED = "mixed";

    /** Whether the forest's organization mode is the one this rule is about. */
    abstract boolean appliesTo(String mode);

    @Override
    public final void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!appliesTo(forest.exchangeOrganizationMode()) || !hasLegacyServer(elements)) {
            return;
        }
        List<String> modern = new ArrayList<>();
        for (Element element : elements) {
            if (element.version() == ProductVersion.EXCHANGE_2007) {
                modern.add(element.id());
            }
        }
        if (!modern.isEmpty()) {
            sink.report(modern, forest, modern.size());
        }
    }

    private static boolean hasLegacyServer(List<Element> elements) {
        for (Element element : elements) {
            if (element.type() == ElementType.EXCHANGE_SERVER && (element.version() == ProductVersion.EXCHANGE_2000
                    || element.version() == ProductVersion.EXCHANGE_2003)) {
                return true;
            }
        }
        return false;
    }

    /** The organization is in mixed mode: an error. */
    static final class Mixed extends Exchange2007OrganizationMode {
        @Override
        boolean appliesTo(String mode) {
            return MIXED.equals(mode);
        }
    }

    /** Nobody said which mode the organization is in: a warning. */
    static final class Unknown extends Exchange2007OrganizationMode {
        @Override
        boolean appliesTo(String mode) {
            return !MIXED.equals(mode) && !NATIVE.equals(mode);
        }
    }
}
