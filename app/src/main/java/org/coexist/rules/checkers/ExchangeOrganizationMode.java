package org.coexist.rules.checkers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coexist.model.Element;
import org.coexist.model.ElementType;
import org.coexist.model.Forest;
import org.coexist.model.ProductVersion;
import org.coexist.model.Topology;
import org.coexist.rules.spi.FindingSink;
import org.coexist.rules.spi.ForestChecker;
import org.coexist.rules.spi.InPlaceUpgrades;

/**
 * Rule 18: a newer Exchange deployed in a forest whose legacy organization is not known to be in native mode:
 * Exchange 2007 beside Exchange 2000/2003 servers, Exchange 2010 beside Exchange 2003 servers. The verdicts (mixed:
 * error; unknown: warning) for each version are entries of the catalog, each one instance. Subjects are the newer
 * version's server elements (not its management tools); elements upgraded in place do not count.
 * Arguments: {0} forest, {1} how many newer elements.
 */
abstract class ExchangeOrganizationMode implements ForestChecker {
    static final String NATIVE = "native";
    static final String MIXED = "mixed";
    private final ProductVersion modern;
    private final Set<ProductVersion> legacy;

    ExchangeOrganizationMode(ProductVersion modern, Set<ProductVersion> legacy) {
        this.modern = modern;
        this.legacy = legacy;
    }

    /** Exchange 2007 needs native mode beside Exchange 2000 and 2003 servers. */
    static Set<ProductVersion> besideExchange2007() {
        return EnumSet.of(ProductVersion.EXCHANGE_2000, ProductVersion.EXCHANGE_2003);
    }

    /** Exchange 2010 needs native mode beside Exchange 2003 servers (beside Exchange 2000 it is not supported). */
    static Set<ProductVersion> besideExchange2010() {
        return EnumSet.of(ProductVersion.EXCHANGE_2003);
    }

    /** Whether the forest's organization mode is the one this rule is about. */
    abstract boolean appliesTo(String mode);

    @Override
    public boolean reads(ElementType type, ProductVersion version) {
        return version == modern || (type == ElementType.EXCHANGE_SERVER && legacy.contains(version));
    }

    @Override
    public final void check(Forest forest, List<Element> elements, Topology topology, FindingSink sink) {
        if (!appliesTo(forest.exchangeOrganizationMode()) || !hasLegacyServer(forest, topology)) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        for (Element element : InPlaceUpgrades.counted(topology, forest.id(), EnumSet.of(modern))) {
            subjects.add(element.id());
        }
        if (!subjects.isEmpty()) {
            sink.report(subjects, forest, subjects.size());
        }
    }

    private boolean hasLegacyServer(Forest forest, Topology topology) {
        for (ProductVersion version : legacy) {
            if (InPlaceUpgrades.firstCounted(topology, forest.id(), version, ElementType.EXCHANGE_SERVER) != null) {
                return true;
            }
        }
        return false;
    }

    /** The organization is in mixed mode: an error. */
    static final class Mixed extends ExchangeOrganizationMode {
        Mixed(ProductVersion modern, Set<ProductVersion> legacy) {
            super(modern, legacy);
        }

        @Override
        boolean appliesTo(String mode) {
            return MIXED.equals(mode);
        }
    }

    /** Nobody said which mode the organization is in: a warning. */
    static final class Unknown extends ExchangeOrganizationMode {
        Unknown(ProductVersion modern, Set<ProductVersion> legacy) {
            super(modern, legacy);
        }

        @Override
        boolean appliesTo(String mode) {
            return !MIXED.equals(mode) && !NATIVE.equals(mode);
        }
    }
}
